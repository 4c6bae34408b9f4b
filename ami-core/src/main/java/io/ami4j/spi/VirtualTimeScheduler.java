package io.ami4j.spi;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A scheduler on virtual time, whose clock moves only while someone waits: when a thread waits
 * through {@link #awaitDone(Future, Instant)} and no work is in flight (no task running, none due,
 * no blocking work running), time jumps to the next due task. The client hands it every wait, and
 * runs blocking provider calls of bulk work on its {@link #blockingExecutor()} so that they are
 * counted as work in flight. ami4j's testkit implements it ({@code VirtualScheduler}).
 *
 * <pre>{@code
 * AmiClient amis = AmiClient.builder().provider(fake).clock(virtualClock).scheduler(virtualScheduler).build();
 * amis.copy(id).to(Region.of("eu-west-1")).submit().await();   // the clock moves while await() waits
 * }</pre>
 */
public interface VirtualTimeScheduler extends ScheduledExecutorService {

  /**
   * Waits until {@code work} is done or the scheduler's clock reaches {@code deadline}, moving
   * time meanwhile whenever no work is in flight.
   *
   * @param work what to wait for
   * @param deadline on the scheduler's clock; {@code null} for none
   * @return whether {@code work} is done ({@code false}: the deadline came first)
   * @throws InterruptedException when the waiting thread is interrupted
   * @throws IllegalStateException when called from a task of this scheduler that cannot let time
   *     move while it blocks (after a bound of real time, with a dump of the queue)
   */
  boolean awaitDone(Future<?> work, Instant deadline) throws InterruptedException;

  /**
   * Where blocking work runs (a provider call that takes real time, a bake's cleanup) so
   * that the scheduler counts it as work in flight: time does not move while it runs, and a wait
   * inside it lets time move.
   *
   * @return the executor
   */
  Executor blockingExecutor();
}
