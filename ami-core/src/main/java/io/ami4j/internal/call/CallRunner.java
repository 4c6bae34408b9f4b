package io.ami4j.internal.call;

import io.ami4j.AmiException;
import io.ami4j.DryRunResult;
import io.ami4j.RetryPolicy;
import io.ami4j.internal.retry.Backoff;
import io.ami4j.internal.retry.RetryBudget;
import io.ami4j.internal.throttle.Throttle;
import io.ami4j.internal.time.Waits;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one road of every provider call: wait for a token of the action's bucket, call, and retry
 * retryable failures with backoff on the scheduler (Resilience4j's asynchronous retry) within the
 * deadline and the retry budget. Each attempt's {@link Call} carries its number, so the client's
 * call chain (the engine's provider) sees which attempt it runs. A throttled answer tells the
 * bucket's {@link io.ami4j.internal.throttle.CongestionControl}, which lowers the bucket's rate once
 * per congestion event, not once per answer.
 *
 * <p>Every attempt runs on the scheduler (a bulk call's provider call on the blocking executor it
 * is given), never on the caller's thread: the caller only hands the first step over, so that
 * all of an operation's work is the scheduler's to count and order. No thread ever sleeps.
 */
public final class CallRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CallRunner.class);

  private final Throttle throttle;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final RetryPolicy policy;
  private final Backoff backoff;
  private final RetryBudget budget;
  private final CallRunner compensation;
  private final Waits waits;
  private final Map<Ec2Action, Retry> retries = new ConcurrentHashMap<>();

  /**
   * Creates the runner.
   *
   * @param throttle the token buckets
   * @param scheduler where waits and retries are scheduled
   * @param clock the time source of deadlines
   * @param policy the retry policy
   */
  public CallRunner(Throttle throttle, ScheduledExecutorService scheduler, Clock clock, RetryPolicy policy) {
    this(throttle, scheduler, clock, policy, new RetryBudget(policy.budget()), null);
  }

  private CallRunner(Throttle throttle, ScheduledExecutorService scheduler, Clock clock, RetryPolicy policy,
      RetryBudget budget, CallRunner main) {
    this.waits = main != null ? main.waits : new Waits(clock, scheduler);
    this.throttle = throttle;
    this.scheduler = scheduler;
    this.clock = clock;
    this.policy = policy;
    this.backoff = new Backoff(policy);
    this.budget = budget;
    // The compensation runner is its own compensation runner.
    this.compensation = main != null ? this
        : new CallRunner(throttle, scheduler, clock, policy, RetryBudget.exempt(), this);
  }

  /**
   * The runner of compensating calls — terminating the caller's own instances, removing its own
   * partial images and snapshots: the same buckets, attempts, backoff and deadlines, but outside
   * the client's retry budget, so that work which failed because the budget ran out can still undo
   * itself.
   *
   * @return the compensation runner
   */
  public CallRunner compensation() {
    return compensation;
  }

  /** The token buckets. */
  public Throttle throttle() {
    return throttle;
  }

  /** The retry budget (shared by every call of the client). */
  public RetryBudget budget() {
    return budget;
  }

  /** The deadline of a call starting now: the policy's call timeout from now. */
  public Instant callDeadline() {
    return clock.instant().plus(policy.callTimeout());
  }

  /**
   * Runs a call with the policy's call timeout as deadline.
   *
   * @param region the region
   * @param action the action, for its bucket
   * @param fn the provider call
   * @param <T> the result type
   * @return the result, or the last failure
   */
  public <T> CompletableFuture<T> call(Region region, Ec2Action action, Function<Call, T> fn) {
    return call(region, action, clock.instant().plus(policy.callTimeout()), fn);
  }

  /**
   * Runs a call.
   *
   * @param region the region
   * @param action the action, for its bucket
   * @param deadline no retry starts after it
   * @param fn the provider call
   * @param <T> the result type
   * @return the result, or the last failure (unwrapped)
   */
  public <T> CompletableFuture<T> call(Region region, Ec2Action action, Instant deadline, Function<Call, T> fn) {
    return run(region, action, deadline, fn, Call.in(region), null);
  }

  /**
   * Runs a call of bulk work: each attempt takes its token leaving the bucket's reserve
   * ({@link Throttle#acquireForBulk}), and its provider call runs on {@code executor}, so that
   * many blocking provider calls in flight do not hold the scheduler's few timer threads.
   *
   * @param region the region
   * @param action the action, for its bucket
   * @param deadline no retry starts after it
   * @param fn the provider call
   * @param executor where each attempt's provider call runs
   * @param <T> the result type
   * @return the result, or the last failure (unwrapped)
   */
  public <T> CompletableFuture<T> bulkCall(Region region, Ec2Action action, Instant deadline, Function<Call, T> fn,
      Executor executor) {
    return run(region, action, deadline, fn, Call.in(region), executor);
  }

  /**
   * Runs a call and waits for it; for verbs whose answer is immediate.
   *
   * @param region the region
   * @param action the action
   * @param fn the provider call
   * @param <T> the result type
   * @return the result
   * @throws AmiException the call's failure
   */
  public <T> T callNow(Region region, Ec2Action action, Function<Call, T> fn) {
    return join(call(region, action, fn));
  }

  /**
   * Asks the backend whether a mutating call would be allowed. A call that could not reach the
   * backend (network, 5xx or throttling after the retries) fails with that error rather than
   * answering "refused".
   *
   * @param region the region
   * @param action the action
   * @param fn the provider call, given a dry-run {@link Call}
   * @return the verdict
   */
  public CompletableFuture<DryRunResult> dryRun(Region region, Ec2Action action, Consumer<Call> fn) {
    CompletableFuture<Object> done = run(region, action, clock.instant().plus(policy.callTimeout()), c -> {
      fn.accept(c);
      return null;
    }, Call.in(region).asDryRun(), null);
    return done.handle((ok, failure) -> DryRunVerdict.of(action, failure));
  }

  private <T> CompletableFuture<T> run(Region region, Ec2Action action, Instant deadline, Function<Call, T> fn,
      Call call, Executor executor) {
    // Whoever cancels the answer stops the call: no attempt starts after that, and no retry.
    CompletableFuture<T> out = new CompletableFuture<>();
    AtomicInteger attempts = new AtomicInteger();
    // The action's one Retry retries what this call decided to retry (its deadline, the budget).
    CompletableFuture<T> result = retry(action).executeCompletionStage(scheduler,
        () -> attempt(region, action, fn, call.attempt(attempts.incrementAndGet()), executor, out).handle((v, e) -> e == null
            ? CompletableFuture.completedFuture(v)
            : CompletableFuture.<T>failedFuture(failed(unwrap(e), region, action, deadline, out)))
            .thenCompose(f -> f)).toCompletableFuture();
    result.whenComplete((v, e) -> {
      if (e == null) {
        budget.succeeded();
        out.complete(v);
      } else {
        out.completeExceptionally(unwrap(e));
      }
    });
    return out;
  }

  private <T> CompletableFuture<T> attempt(Region region, Ec2Action action, Function<Call, T> fn, Call call,
      Executor executor, CompletableFuture<T> out) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    if (out.isDone()) {
      answer.completeExceptionally(stopped(action, region));
      return answer;
    }
    CompletableFuture<Void> token = executor == null ? throttle.acquire(region, action)
        : throttle.acquireForBulk(region, action);
    token.whenComplete((t, waitFailure) -> {
      if (waitFailure != null) {
        answer.completeExceptionally(unwrap(waitFailure));
        return;
      }
      Runnable body = () -> {
        if (out.isDone()) {
          answer.completeExceptionally(stopped(action, region));
          return;
        }
        try {
          // A throttled answer slows the bucket in the client's call chain (ThrottleFeedback).
          answer.complete(MarkCheck.pacedAs(action, () -> fn.apply(call)));
        } catch (RuntimeException e) {
          answer.completeExceptionally(e);
        }
      };
      try {
        (executor == null ? scheduler : executor).execute(body);
      } catch (RuntimeException e) {
        answer.completeExceptionally(e);
      }
    });
    return answer;
  }

  /**
   * The action's Resilience4j retry, one for the client's life, so that its events can be
   * observed ({@code retry(action).getEventPublisher().onRetry(…)}). What it retries each call
   * decides for itself: an attempt fails with the call's verdict attached.
   *
   * @param action the action
   * @return its retry
   */
  public Retry retry(Ec2Action action) {
    return retries.computeIfAbsent(action, a -> Retry.of(a.wireName(), RetryConfig.custom()
        .maxAttempts(policy.maxAttempts())
        .retryOnException(t -> attemptFailure(t) != null && attemptFailure(t).retry)
        .intervalBiFunction((attempt, either) -> {
          long delay = backoff.delayMillis(attempt);
          AttemptFailed f = either.isLeft() ? attemptFailure(either.getLeft()) : null;
          if (f == null) {
            return Math.max(1, delay);
          }
          long left = Duration.between(clock.instant(), f.deadline).toMillis();
          return Math.max(1, Math.min(delay, left));
        })
        .failAfterMaxAttempts(false)
        .writableStackTraceEnabled(false)
        .build()));
  }

  /** A failed attempt, and whether its call retries it: the verdict of the call, not of the shared retry. */
  private static final class AttemptFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Instant deadline;
    private final boolean retry;

    AttemptFailed(Throwable cause, Instant deadline, boolean retry) {
      super(cause.getMessage(), cause, false, false);
      this.deadline = deadline;
      this.retry = retry;
    }
  }

  private <T> AttemptFailed failed(Throwable cause, Region region, Ec2Action action, Instant deadline,
      CompletableFuture<T> out) {
    return new AttemptFailed(cause, deadline, !out.isDone() && shouldRetry(cause, region, action, deadline));
  }

  private static AttemptFailed attemptFailure(Throwable t) {
    Throwable c = t;
    while (c instanceof CompletionException && c.getCause() != null) {
      c = c.getCause();
    }
    return c instanceof AttemptFailed attemptFailed ? attemptFailed : null;
  }

  private static CancellationException stopped(Ec2Action action, Region region) {
    return new CancellationException(action.wireName() + " in " + region + " was not sent: its operation was cancelled");
  }

  /**
   * {@code downstream}, made so that cancelling it also cancels {@code upstream} (a call's answer,
   * whose cancellation stops its retries).
   *
   * @param upstream the call's answer
   * @param downstream what was made of it
   * @param <T> the result type
   * @return {@code downstream}
   */
  public static <T> CompletableFuture<T> cancelling(CompletableFuture<?> upstream, CompletableFuture<T> downstream) {
    downstream.whenComplete((v, e) -> {
      if (downstream.isCancelled()) {
        upstream.cancel(false);
      }
    });
    return downstream;
  }

  private boolean shouldRetry(Throwable t, Region region, Ec2Action action, Instant deadline) {
    if (!(t instanceof AmiException ae) || !ae.retryable()) {
      return false;
    }
    if (!clock.instant().isBefore(deadline)) {
      LOG.debug("{} in {}: not retried, the deadline {} has passed: {}", action.wireName(), region, deadline,
          t.getMessage());
      return false;
    }
    if (!budget.tryRetry()) {
      LOG.warn("{} in {}: not retried, the client's retry budget is spent: {}", action.wireName(), region,
          t.getMessage());
      return false;
    }
    LOG.debug("{} in {}: retrying after {}", action.wireName(), region, t.getMessage());
    return true;
  }


  /**
   * Waits for a future on the client's time (moving virtual time) and rethrows its failure as it
   * was raised.
   *
   * @param future the future
   * @param <T> the result type
   * @return the result
   */
  public <T> T join(CompletableFuture<T> future) {
    return waits.join(future);
  }

  /** How threads wait for this runner's work, on the client's time. */
  public Waits waits() {
    return waits;
  }

  /**
   * The failure inside completion wrappers.
   *
   * @param t a failure
   * @return the innermost meaningful failure
   */
  public static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException || c instanceof AttemptFailed)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  /**
   * A failure to rethrow in the caller's thread.
   *
   * @param t the failure
   * @return an unchecked exception
   */
  public static RuntimeException rethrowable(Throwable t) {
    return Waits.rethrowable(t);
  }
}
