package io.ami4j.doubles;

import io.ami4j.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A deterministic scheduler on a {@link ManualClock}: tasks run only when the test runs them, in
 * time order, and running them moves the clock to each task's time. A wait of the engine runs
 * them on the waiting thread. Never sleeps.
 */
public final class ManualScheduler extends AbstractExecutorService implements VirtualTimeScheduler {
  private final ManualClock clock;
  private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
  private long seq;
  private boolean shutdown;
  private int ran;

  public ManualScheduler(ManualClock clock) {
    this.clock = clock;
  }

  public ManualClock clock() {
    return clock;
  }

  private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
    final Instant at;
    final long order;

    Task(Callable<V> c, Instant at, long order) {
      super(c);
      this.at = at;
      this.order = order;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock.instant(), at).toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed o) {
      Task<?> t = (Task<?>) o;
      int c = at.compareTo(t.at);
      return c != 0 ? c : Long.compare(order, t.order);
    }
  }

  private synchronized <V> Task<V> add(Callable<V> c, long delay, TimeUnit unit) {
    if (shutdown) {
      throw new java.util.concurrent.RejectedExecutionException("shut down");
    }
    Task<V> t = new Task<>(c, clock.instant().plusNanos(Math.max(0, unit.toNanos(delay))), seq++);
    queue.add(t);
    notifyAll();
    return t;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return add(Executors.callable(command), delay, unit);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return add(callable, delay, unit);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException("not used by ami4j");
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("not used by ami4j");
  }

  @Override
  public void execute(Runnable command) {
    add(Executors.callable(command), 0, TimeUnit.NANOSECONDS);
  }

  private synchronized Task<?> nextDue(Instant limit) {
    while (!queue.isEmpty() && queue.peek().isCancelled()) {
      queue.poll();
    }
    Task<?> t = queue.peek();
    if (t == null || t.at.isAfter(limit)) {
      return null;
    }
    return queue.poll();
  }

  private void run(Task<?> t) {
    if (t.at.isAfter(clock.instant())) {
      clock.set(t.at);
    }
    ran++;
    t.run();
  }

  /** Runs every task due now (including ones they schedule for now). */
  public void runDue() {
    Task<?> t;
    while ((t = nextDue(clock.instant())) != null) {
      run(t);
    }
  }

  /** Moves time forward by {@code d}, running every task that falls due on the way. */
  public void advance(Duration d) {
    Instant target = clock.instant().plus(d);
    Task<?> t;
    while ((t = nextDue(target)) != null) {
      run(t);
    }
    clock.set(target);
  }

  /** Runs tasks in time order until the condition holds; fails if nothing is left or too much time passes. */
  public void runUntil(BooleanSupplier done, Duration max) {
    Instant limit = clock.instant().plus(max);
    while (true) {
      runDue();
      if (done.getAsBoolean()) {
        return;
      }
      Task<?> t = nextDue(limit);
      if (t == null) {
        throw new AssertionError("condition not reached; " + (pending() == 0 ? "nothing scheduled" : "next task after " + limit));
      }
      run(t);
    }
  }

  /** Runs tasks until the future is done (at most 30 virtual days), then returns its outcome as a done future. */
  public <T> CompletableFuture<T> drive(CompletableFuture<T> f) {
    runUntil(f::isDone, Duration.ofDays(30));
    return f;
  }

  /**
   * Runs a blocking call of the engine on this thread: its waits run this scheduler (see
   * {@link #awaitDone}).
   */
  public <T> T driveBlocking(Supplier<T> call) {
    return call.get();
  }

  /**
   * Runs tasks in time order on the calling thread until {@code work} is done, or until the clock
   * reaches {@code deadline}: how the engine's waits move this scheduler's time.
   */
  @Override
  public boolean awaitDone(Future<?> work, Instant deadline) {
    Instant limit = deadline != null ? deadline : clock.instant().plus(Duration.ofDays(30));
    while (true) {
      runDue();
      if (work.isDone()) {
        return true;
      }
      if (deadline != null && !clock.instant().isBefore(deadline)) {
        return false;
      }
      Task<?> t = nextDue(limit);
      if (t == null) {
        if (deadline != null) {
          clock.set(deadline);
          runDue();
          return work.isDone();
        }
        throw new AssertionError("nothing scheduled within 30 days can finish " + work);
      }
      run(t);
    }
  }

  /**
   * A done future's result, its failure rethrown as the engine raised it.
   *
   * @param f a done future
   * @param <T> the result type
   * @return the result
   */
  public static <T> T joined(CompletableFuture<T> f) {
    try {
      return f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw io.ami4j.internal.call.CallRunner.rethrowable(e.getCause());
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Blocking work is a task like any other here. */
  @Override
  public Executor blockingExecutor() {
    return this::execute;
  }

  /** Tasks waiting. */
  public synchronized int pending() {
    queue.removeIf(Task::isCancelled);
    return queue.size();
  }

  /** Tasks run so far. */
  public int ran() {
    return ran;
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> left = new ArrayList<>(queue);
    queue.clear();
    return left;
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && queue.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }
}
