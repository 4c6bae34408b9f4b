package io.ami4j.testkit.time;

import io.ami4j.internal.validate.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.WeakHashMap;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link ScheduledExecutorService} on virtual time: delays are measured on a {@link TimeSource}
 * and a task runs when that time reaches its due time, never by sleeping.
 *
 * <p>Two modes:
 * <ul>
 *   <li><b>manual</b> ({@link #manual(TimeSource)}): nothing runs by itself. Tasks run on the thread
 *       that moves time — {@link #advanceBy(Duration)}, {@link #advanceTo(Instant)} or the time
 *       source's own {@code advanceTo} — in due-time order (ties in submission order), with the
 *       clock standing at each task's due time while it runs when the scheduler moves the time
 *       itself. Tasks already due (including {@code execute} and {@code submit}) run at the next
 *       advance or at {@link #runDueTasks()}. For deterministic unit tests.</li>
 *   <li><b>auto-advance</b> ({@link #autoAdvance(TimeSource)}): a daemon driver thread runs the
 *       tasks one at a time. Whenever no task is running and tasks are queued it moves time to the
 *       earliest due time and runs that task; a task already due runs at once. A chain of waits
 *       totalling 30 minutes of virtual time completes in microseconds. This is the mode the
 *       engine's waits use against the in-memory world.</li>
 * </ul>
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * VirtualScheduler scheduler = VirtualScheduler.autoAdvance(clock);
 * ScheduledFuture<String> done = scheduler.schedule(() -> "ready", 30, TimeUnit.MINUTES);
 * done.get();           // returns at once; clock.now() is now 00:30
 * scheduler.shutdown();
 * }</pre>
 *
 * <p>Auto-advance sees only the tasks queued in it. So that a thread which is still queueing work
 * (a deadline, then the first poll) is not overtaken, the driver moves time only once every other
 * thread that has queued tasks here is blocked — waiting on a future, a lock or a condition — or
 * has ended; it waits for that at most a bound of real time ({@link #DEFAULT_SETTLE_BOUND}, or
 * {@link #autoAdvance(TimeSource, Duration)}), then moves time anyway. A thread that is busy with
 * work that will schedule nothing (a spin loop, say) thus slows the driver down to one move per
 * bound but cannot stop it. Work on threads that never queued anything here is invisible to it.
 *
 * <p>After {@link #shutdown()} no task is accepted, periodic tasks are cancelled and delayed
 * one-shot tasks still run (as in {@link java.util.concurrent.ScheduledThreadPoolExecutor}); the
 * scheduler is terminated once none is left. {@link #awaitTermination(long, TimeUnit)} waits in
 * real time, as it blocks a real thread. Thread-safe.
 */
public final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
  private static final AtomicInteger DRIVERS = new AtomicInteger();
  /** How long auto-advance waits, at most, for busy submitters before it moves time anyway. */
  public static final Duration DEFAULT_SETTLE_BOUND = Duration.ofMillis(100);
  private static final long SETTLE_POLL_NANOS = 20_000;

  private final TimeSource time;
  private final boolean auto;
  private final long settleBoundNanos;
  /** Threads other than the driver that queued tasks: auto-advance waits while one of them runs. */
  private final Map<Thread, Boolean> submitters = new WeakHashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  /** Serializes manual draining so that tasks keep due-time order when several threads advance. */
  private final ReentrantLock drainLock = new ReentrantLock();
  private final PriorityQueue<VirtualTask<?>> queue = new PriorityQueue<>();
  private long sequence;
  private int running;
  private boolean shutdown;
  private boolean stopped;
  private final Thread driver;

  private VirtualScheduler(TimeSource time, boolean auto, Duration settleBound) {
    this.time = Check.notNull("timeSource", time);
    this.auto = auto;
    this.settleBoundNanos = settleBound.toNanos();
    if (auto) {
      driver = new Thread(this::drive, "ami4j-virtual-scheduler-" + DRIVERS.incrementAndGet());
      driver.setDaemon(true);
      time.addListener(this::wake);
      driver.start();
    } else {
      driver = null;
      time.addListener(this::runDueTasks);
    }
  }

  /**
   * A scheduler whose tasks run only when the test moves time.
   *
   * @param time the time source, e.g. a {@link ManualClock}
   * @return the scheduler
   */
  public static VirtualScheduler manual(TimeSource time) {
    return new VirtualScheduler(time, false, Duration.ZERO);
  }

  /**
   * A scheduler that moves time itself, on a daemon thread, to the next task's due time.
   *
   * @param time the time source, e.g. a {@link ManualClock}
   * @return the scheduler
   */
  public static VirtualScheduler autoAdvance(TimeSource time) {
    return autoAdvance(time, DEFAULT_SETTLE_BOUND);
  }

  /**
   * A scheduler that moves time itself, waiting at most {@code settleBound} of real time for busy
   * submitting threads to block before each move (see the class description).
   *
   * @param time the time source, e.g. a {@link ManualClock}
   * @param settleBound zero or more; zero moves time as soon as nothing is due
   * @return the scheduler
   */
  public static VirtualScheduler autoAdvance(TimeSource time, Duration settleBound) {
    Check.that(!Check.notNull("settleBound", settleBound).isNegative(), "settleBound", settleBound,
        "must not be negative");
    return new VirtualScheduler(time, true, settleBound);
  }

  /** Whether the scheduler moves time by itself. */
  public boolean isAutoAdvancing() {
    return auto;
  }

  /**
   * The current virtual time.
   *
   * @return the time source's now
   */
  public Instant now() {
    return time.now();
  }

  /** The number of tasks waiting to run (periodic tasks count once). */
  public int queuedTasks() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  // ---- scheduling ------------------------------------------------------------------------------

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    Check.notNull("command", command);
    return enqueue(new VirtualTask<>(this, Executors.callable(command), false), delay, unit);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    Check.notNull("callable", callable);
    return enqueue(new VirtualTask<>(this, callable, false), delay, unit);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    Check.notNull("command", command);
    Check.that(period > 0, "period", period, "must be greater than 0");
    return enqueue(new VirtualTask<>(this, command, VirtualTask.Period.FIXED_RATE, duration(period, unit)),
        initialDelay, unit);
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    Check.notNull("command", command);
    Check.that(delay > 0, "delay", delay, "must be greater than 0");
    return enqueue(new VirtualTask<>(this, command, VirtualTask.Period.FIXED_DELAY, duration(delay, unit)),
        initialDelay, unit);
  }

  @Override
  public void execute(Runnable command) {
    Check.notNull("command", command);
    // Nobody holds a future for an executed task, so its failure is logged rather than kept.
    enqueue(new VirtualTask<>(this, Executors.callable(command), true), 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public ScheduledFuture<?> submit(Runnable task) {
    return schedule(task, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public <T> ScheduledFuture<T> submit(Runnable task, T result) {
    Check.notNull("task", task);
    return schedule(Executors.callable(task, result), 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public <T> ScheduledFuture<T> submit(Callable<T> task) {
    return schedule(task, 0, TimeUnit.NANOSECONDS);
  }

  // ---- moving time by hand ---------------------------------------------------------------------

  /**
   * Moves time forward by {@code amount}, running every task that falls due on the way, in order,
   * with the time standing at each task's due time while it runs.
   *
   * @param amount zero or more
   */
  public void advanceBy(Duration amount) {
    Check.that(!Check.notNull("amount", amount).isNegative(), "amount", amount, "must not be negative");
    advanceTo(plus(time.now(), amount));
  }

  /**
   * Moves time forward to {@code target}, running every task that falls due on the way, in order.
   * In auto-advance mode the driver thread runs them instead, and this only moves time.
   *
   * @param target the new time; an instant not after now only runs the tasks already due
   */
  public void advanceTo(Instant target) {
    Check.notNull("target", target);
    if (!auto) {
      Instant next;
      while ((next = nextDueNotAfter(target)) != null) {
        time.advanceTo(next);
        runDueTasks();
      }
    }
    time.advanceTo(target);
    if (!auto) {
      runDueTasks();
    }
  }

  /**
   * Runs, on the calling thread, every task due at the current time (tasks they schedule for now
   * included). In auto-advance mode the driver does that, and this returns at once.
   */
  public void runDueTasks() {
    if (auto) {
      return;
    }
    drainLock.lock();
    try {
      VirtualTask<?> task;
      while ((task = takeDue()) != null) {
        runTask(task);
      }
    } finally {
      drainLock.unlock();
    }
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  @Override
  public void shutdown() {
    List<VirtualTask<?>> periodic = new ArrayList<>();
    lock.lock();
    try {
      shutdown = true;
      for (VirtualTask<?> t : queue) {
        if (t.isPeriodic()) {
          periodic.add(t);
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    periodic.forEach(t -> t.cancel(false));
  }

  @Override
  public List<Runnable> shutdownNow() {
    List<Runnable> never;
    lock.lock();
    try {
      shutdown = true;
      stopped = true;
      never = new ArrayList<>(queue);
      queue.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    never.forEach(t -> ((VirtualTask<?>) t).cancel(false));
    return never;
  }

  @Override
  public boolean isShutdown() {
    lock.lock();
    try {
      return shutdown;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean isTerminated() {
    lock.lock();
    try {
      return terminated();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    long nanos = unit.toNanos(timeout);
    lock.lock();
    try {
      while (!terminated()) {
        if (nanos <= 0) {
          return false;
        }
        nanos = changed.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "VirtualScheduler[" + (auto ? "auto-advance" : "manual") + ", now=" + time.now()
        + ", queued=" + queuedTasks() + "]";
  }

  // ---- internals -------------------------------------------------------------------------------

  static Instant plus(Instant instant, Duration amount) {
    try {
      return instant.plus(amount);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return Instant.MAX;
    }
  }

  private static Duration duration(long amount, TimeUnit unit) {
    try {
      return Duration.of(amount, unit.toChronoUnit());
    } catch (ArithmeticException e) {
      // A delay longer than Duration can hold means "never" in practice.
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
  }

  private <V> VirtualTask<V> enqueue(VirtualTask<V> task, long delay, TimeUnit unit) {
    Check.notNull("unit", unit);
    Duration wait = delay <= 0 ? Duration.ZERO : duration(delay, unit);
    lock.lock();
    try {
      if (shutdown) {
        throw new RejectedExecutionException("The virtual scheduler is shut down");
      }
      // The due time is read under the lock the driver decides under, so that the driver never
      // moves time between a submitter reading "now" and its task being queued.
      task.place(plus(time.now(), wait), sequence++);
      queue.add(task);
      if (auto && Thread.currentThread() != driver) {
        synchronized (submitters) {
          submitters.put(Thread.currentThread(), Boolean.TRUE);
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    return task;
  }

  /** Puts a periodic task back after a run, unless the scheduler is shutting down. */
  void requeue(VirtualTask<?> task) {
    boolean cancel;
    lock.lock();
    try {
      cancel = shutdown;
      if (!cancel) {
        task.place(task.nextDue(time.now()), sequence++);
        queue.add(task);
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
    if (cancel) {
      task.cancel(false);
    }
  }

  void remove(VirtualTask<?> task) {
    lock.lock();
    try {
      if (queue.remove(task)) {
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  private boolean terminated() {
    return shutdown && running == 0 && (stopped || queue.isEmpty());
  }

  private Instant nextDueNotAfter(Instant target) {
    lock.lock();
    try {
      VirtualTask<?> head = queue.peek();
      return head != null && !head.due().isAfter(target) ? head.due() : null;
    } finally {
      lock.unlock();
    }
  }

  /** Takes the earliest task if it is due now, counting it as running. */
  private VirtualTask<?> takeDue() {
    lock.lock();
    try {
      VirtualTask<?> head = queue.peek();
      if (head == null || head.due().isAfter(time.now())) {
        return null;
      }
      running++;
      return queue.poll();
    } finally {
      lock.unlock();
    }
  }

  private void runTask(VirtualTask<?> task) {
    try {
      // FutureTask keeps whatever the task throws in its future; nothing escapes to the driver.
      task.run();
    } finally {
      lock.lock();
      try {
        running--;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private void wake() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Whether a thread that queued tasks here is running (or waiting for this scheduler's lock) and
   * so may be about to queue a task due sooner than the one time would move to.
   */
  private boolean submittersBusy() {
    if (lock.hasQueuedThreads()) {
      return true;
    }
    synchronized (submitters) {
      for (Iterator<Thread> it = submitters.keySet().iterator(); it.hasNext(); ) {
        Thread t = it.next();
        if (!t.isAlive()) {
          it.remove();
        } else if (t.getState() == Thread.State.RUNNABLE) {
          return true;
        }
      }
    }
    return false;
  }

  /** The auto-advance driver: run what is due, else move time to the earliest due task. */
  private void drive() {
    long busySince = 0;
    while (true) {
      Instant advanceTo = null;
      VirtualTask<?> task = null;
      lock.lock();
      try {
        while (task == null && advanceTo == null) {
          if (stopped || (shutdown && queue.isEmpty())) {
            changed.signalAll();
            return;
          }
          VirtualTask<?> head = queue.peek();
          if (head == null) {
            changed.awaitUninterruptibly();
          } else if (head.due().isAfter(time.now())) {
            advanceTo = head.due();
          } else {
            running++;
            task = queue.poll();
          }
        }
      } finally {
        lock.unlock();
      }
      if (task != null) {
        busySince = 0;
        runTask(task);
        continue;
      }
      // Before time jumps, let threads that are still submitting finish: a caller that queues a
      // deadline and then its first poll must not see the deadline fire in between.
      if (settleBoundNanos > 0 && submittersBusy()) {
        long nowNanos = System.nanoTime();
        if (busySince == 0) {
          busySince = nowNanos;
        }
        if (nowNanos - busySince < settleBoundNanos) {
          LockSupport.parkNanos(SETTLE_POLL_NANOS);
          continue;
        }
      }
      busySince = 0;
      // Outside the lock: listeners of the time source (other schedulers, the world) run here.
      time.advanceTo(advanceTo);
    }
  }
}
