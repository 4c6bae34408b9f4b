package io.ami4j.internal.time;

import io.ami4j.AmiException;
import io.ami4j.spi.VirtualTimeScheduler;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way a thread waits for the engine's work, with every deadline on the client's clock. On
 * a {@link VirtualTimeScheduler} the wait is what moves virtual time; on any other scheduler it
 * blocks for real, the deadline measured on the clock.
 */
public final class Waits {
  private final Clock clock;
  private final ScheduledExecutorService scheduler;

  /**
   * Waits on a client's time.
   *
   * @param clock the client's clock
   * @param scheduler the client's scheduler
   */
  public Waits(Clock clock, ScheduledExecutorService scheduler) {
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /**
   * Waits for {@code work} and answers its result, rethrowing its failure as it was raised.
   *
   * @param work the work
   * @param <T> the result type
   * @return the result
   */
  public <T> T join(Future<T> work) {
    try {
      return await(work, null);
    } catch (TimeoutException e) {
      throw new IllegalStateException("a wait without deadline timed out", e);
    }
  }

  /**
   * The deadline {@code max} from now on the client's clock ({@code null} when it is beyond
   * what an instant can hold).
   *
   * @param max how long
   * @return the deadline
   */
  public Instant deadlineIn(Duration max) {
    try {
      return clock.instant().plus(max);
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  /**
   * Waits for {@code work} until {@code deadline} on the client's clock.
   *
   * @param work the work
   * @param deadline the deadline, {@code null} for none
   * @param <T> the result type
   * @return the result
   * @throws TimeoutException when the deadline comes first; the work goes on
   */
  public <T> T await(Future<T> work, Instant deadline) throws TimeoutException {
    try {
      if (scheduler instanceof VirtualTimeScheduler virtual) {
        if (!virtual.awaitDone(work, deadline)) {
          throw new TimeoutException();
        }
        return work.get();
      }
      if (deadline == null) {
        return work.get();
      }
      long nanos;
      try {
        nanos = Duration.between(clock.instant(), deadline).toNanos();
      } catch (ArithmeticException e) {
        nanos = Long.MAX_VALUE;
      }
      return work.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmiException("ami4j.Interrupted", "Interrupted while waiting", null, false, e);
    } catch (ExecutionException e) {
      throw rethrowable(e.getCause());
    }
  }

  /**
   * The failure inside completion wrappers, as an unchecked exception to rethrow.
   *
   * @param t a failure
   * @return an unchecked exception
   */
  public static RuntimeException rethrowable(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    if (c instanceof RuntimeException runtime) {
      return runtime;
    }
    if (c instanceof Error error) {
      throw error;
    }
    return new AmiException("ami4j.Failure", String.valueOf(c.getMessage()), null, false, c);
  }
}
