package io.ami4j.testkit.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task of a {@link VirtualScheduler}: its due time on the virtual clock, its place among tasks
 * due at the same instant, and, for a periodic task, how the next due time follows.
 */
final class VirtualTask<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {
  private static final Logger LOG = LoggerFactory.getLogger(VirtualTask.class);

  /** How a periodic task is repeated. */
  enum Period {
    ONCE, FIXED_RATE, FIXED_DELAY
  }

  private final VirtualScheduler scheduler;
  /** Set by the scheduler under its lock, before the task is queued (and again per period). */
  private long sequence;
  private final Period periodKind;
  private final Duration period;
  private final boolean logFailure;
  private final String label;
  private final List<Runnable> onDone = new CopyOnWriteArrayList<>();
  private volatile Instant due;

  VirtualTask(VirtualScheduler scheduler, Callable<V> callable, boolean logFailure) {
    this(scheduler, callable, logFailure, String.valueOf(callable));
  }

  VirtualTask(VirtualScheduler scheduler, Callable<V> callable, boolean logFailure, String label) {
    super(callable);
    this.scheduler = scheduler;
    this.periodKind = Period.ONCE;
    this.period = Duration.ZERO;
    this.logFailure = logFailure;
    this.label = label;
  }

  VirtualTask(VirtualScheduler scheduler, Runnable runnable, Period periodKind, Duration period) {
    super(runnable, null);
    this.scheduler = scheduler;
    this.periodKind = periodKind;
    this.period = period;
    this.logFailure = false;
    this.label = String.valueOf(runnable);
  }

  VirtualScheduler scheduler() {
    return scheduler;
  }

  /** Runs {@code r} once the task is done (at once if it is). */
  void onDone(Runnable r) {
    onDone.add(r);
    if (isDone() && onDone.remove(r)) {
      r.run();
    }
  }

  @Override
  protected void done() {
    for (Runnable r : onDone) {
      if (onDone.remove(r)) {
        r.run();
      }
    }
    scheduler.wake();
  }

  /**
   * Waits for the task; on an auto-advancing scheduler the wait moves virtual time (see
   * {@link VirtualScheduler#awaitDone}).
   */
  @Override
  public V get() throws InterruptedException, ExecutionException {
    if (!isDone()) {
      scheduler.awaitTask(this, Long.MAX_VALUE);
    }
    return super.get();
  }

  /**
   * Waits for the task at most {@code timeout} of real time (a bound against a hang, not a measure
   * of virtual time); on an auto-advancing scheduler the wait moves virtual time.
   */
  @Override
  public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
    if (!isDone() && !scheduler.awaitTask(this, unit.toNanos(timeout))) {
      throw new TimeoutException("not done within " + timeout + " " + unit + " of real time: "
          + scheduler.dump());
    }
    return super.get();
  }

  Instant due() {
    return due;
  }

  long sequence() {
    return sequence;
  }

  /** Places the task on the time line; called by the scheduler under its lock. */
  void place(Instant dueTime, long sequenceNumber) {
    this.due = dueTime;
    this.sequence = sequenceNumber;
  }

  /** The due time of the next run of a periodic task, from the due time of the last one. */
  Instant nextDue(Instant now) {
    return periodKind == Period.FIXED_RATE ? VirtualScheduler.plus(due, period) : VirtualScheduler.plus(now, period);
  }

  @Override
  public boolean isPeriodic() {
    return periodKind != Period.ONCE;
  }

  @Override
  public long getDelay(TimeUnit unit) {
    return unit.convert(Duration.between(scheduler.now(), due));
  }

  @Override
  public int compareTo(Delayed other) {
    if (other == this) {
      return 0;
    }
    if (other instanceof VirtualTask) {
      VirtualTask<?> o = (VirtualTask<?>) other;
      int byDue = due.compareTo(o.due);
      return byDue != 0 ? byDue : Long.compare(sequence, o.sequence);
    }
    return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
  }

  @Override
  public void run() {
    if (!isPeriodic()) {
      super.run();
      return;
    }
    // runAndReset leaves the future open for the next run; it answers false once the task
    // threw or was cancelled, which ends the repetition as ScheduledExecutorService specifies.
    if (runAndReset()) {
      scheduler.requeue(this);
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    // Interrupting would hit the scheduler's own thread (the driver or the advancing test), so a
    // running task is only marked cancelled: it is not run again.
    boolean cancelled = super.cancel(false);
    if (cancelled) {
      scheduler.remove(this);
    }
    return cancelled;
  }

  @Override
  protected void setException(Throwable t) {
    if (logFailure) {
      LOG.warn("Task submitted with execute() failed at {}", scheduler.now(), t);
    } else {
      LOG.debug("Task failed at {}", scheduler.now(), t);
    }
    super.setException(t);
  }

  @Override
  public String toString() {
    return "VirtualTask[due=" + due + ", seq=" + sequence + ", " + periodKind + ", " + label + "]";
  }
}
