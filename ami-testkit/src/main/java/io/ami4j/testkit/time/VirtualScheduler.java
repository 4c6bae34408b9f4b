package io.ami4j.testkit.time;

import io.ami4j.internal.validate.Check;
import io.ami4j.spi.VirtualTimeScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *       tasks one at a time, in due-time order, and <em>time moves where someone waits</em>: while a
 *       thread waits in {@link #awaitDone(Future, Instant)} (which {@code Pending.await()} uses), in
 *       {@code get()} of a future of this scheduler, or in {@link #advanceBy(Duration)}, and no work is
 *       in flight, the driver moves time to the earliest due task. A chain of waits totalling 30
 *       minutes of virtual time completes in microseconds. This is the mode the engine's waits use
 *       against the in-memory world.</li>
 * </ul>
 *
 * <pre>{@code
 * VirtualClock clock = VirtualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
 * VirtualScheduler scheduler = VirtualScheduler.autoAdvance(clock);
 * ScheduledFuture<String> done = scheduler.schedule(() -> "ready", 30, TimeUnit.MINUTES);
 * done.get();           // the wait moves time: returns at once; clock.now() is now 00:30
 * scheduler.shutdown();
 * }</pre>
 *
 * <p><b>Work in flight is counted, never guessed.</b> It is: the task the driver is running, tasks
 * already due, and blocking work handed to {@link #blockingExecutor()} while it runs. Blocking work
 * runs on a thread of its own but only while the driver waits for it, so all counted work runs one
 * piece at a time in queue order: a run is the same on every run. When blocking work waits through
 * {@link #awaitDone(Future, Instant)} it gives its turn back (it is no longer in flight), and it gets
 * its turn again, as a due task, once what it waits for is done or its deadline comes; its wait
 * alone does not move time. Threads that are not the scheduler's (a test's own thread) are not
 * counted, and time moves only while one of them waits: what such a thread does between two waits
 * happens at one instant, whatever the scheduler's tasks and blocking work do meanwhile.
 *
 * <p>A task that blocks waiting for virtual time cannot let time move (it is work in flight): after
 * a bound of real time ({@link #DEFAULT_STUCK_BOUND}, or {@link #autoAdvance(TimeSource, Duration)})
 * its wait fails with an {@link IllegalStateException} that lists the queue, instead of hanging.
 *
 * <p>After {@link #shutdown()} no task is accepted, periodic tasks are cancelled and delayed
 * one-shot tasks still run (as in {@link java.util.concurrent.ScheduledThreadPoolExecutor}); the
 * scheduler is terminated once none is left. {@link #awaitTermination(long, TimeUnit)} waits in
 * real time, as it blocks a real thread. Thread-safe.
 */
public final class VirtualScheduler extends AbstractExecutorService implements VirtualTimeScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(VirtualScheduler.class);
  private static final AtomicInteger DRIVERS = new AtomicInteger();
  /** How long a task that blocks waiting for virtual time may wait, in real time, before it fails. */
  public static final Duration DEFAULT_STUCK_BOUND = Duration.ofSeconds(10);
  /** How often a wait for a future that cannot tell when it is done looks again, in real time. */
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final int DUMP_LIMIT = 40;

  /** How a wait ended. */
  private enum Outcome {
    DONE, DEADLINE, REAL_TIMEOUT
  }

  private final TimeSource time;
  private final boolean auto;
  private final long stuckBoundNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  /** Serializes manual draining so that tasks keep due-time order when several threads advance. */
  private final ReentrantLock drainLock = new ReentrantLock();
  private final PriorityQueue<VirtualTask<?>> queue = new PriorityQueue<>();
  /** Set on a thread while it runs a task of this scheduler. */
  private final ThreadLocal<Boolean> inTask = new ThreadLocal<>();
  /** Set on a thread while it runs blocking work of this scheduler. */
  private final ThreadLocal<Worker> currentWorker = new ThreadLocal<>();
  private final Executor blocking = this::executeBlocking;
  private long sequence;
  private int running;
  /** Threads of others waiting in {@link #awaitDone}: time moves only while one of them still waits. */
  private final List<Waiter> waiters = new ArrayList<>();
  /** Blocking work waiting in {@link #awaitDone}, its turn given back. */
  private int workersWaiting;
  private boolean shutdown;
  private boolean stopped;
  private final Thread driver;
  private final ExecutorService workerThreads;

  private VirtualScheduler(TimeSource time, boolean auto, Duration stuckBound) {
    this.time = Check.notNull("timeSource", time);
    this.auto = auto;
    this.stuckBoundNanos = stuckBound.toNanos();
    if (auto) {
      int n = DRIVERS.incrementAndGet();
      AtomicInteger workers = new AtomicInteger();
      workerThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ami4j-virtual-blocking-" + n + "-" + workers.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      driver = new Thread(this::drive, "ami4j-virtual-scheduler-" + n);
      driver.setDaemon(true);
      time.addListener(this::wake);
      driver.start();
    } else {
      driver = null;
      workerThreads = null;
      time.addListener(() -> {
        wake();
        runDueTasks();
      });
    }
  }

  /**
   * A scheduler whose tasks run only when the test moves time.
   *
   * @param time the time source, e.g. a {@link VirtualClock}
   * @return the scheduler
   */
  public static VirtualScheduler manual(TimeSource time) {
    return new VirtualScheduler(time, false, DEFAULT_STUCK_BOUND);
  }

  /**
   * A scheduler that moves time itself, on a daemon thread, to the next task's due time whenever
   * someone waits and no work is in flight.
   *
   * @param time the time source, e.g. a {@link VirtualClock}
   * @return the scheduler
   */
  public static VirtualScheduler autoAdvance(TimeSource time) {
    return autoAdvance(time, DEFAULT_STUCK_BOUND);
  }

  /**
   * An auto-advancing scheduler whose tasks that block waiting for virtual time fail after
   * {@code stuckBound} of real time (see the class description).
   *
   * @param time the time source, e.g. a {@link VirtualClock}
   * @param stuckBound more than zero
   * @return the scheduler
   */
  public static VirtualScheduler autoAdvance(TimeSource time, Duration stuckBound) {
    Check.that(!Check.notNull("stuckBound", stuckBound).isNegative() && !stuckBound.isZero(), "stuckBound",
        stuckBound, "must be greater than zero");
    return new VirtualScheduler(time, true, stuckBound);
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

  /**
   * {@inheritDoc}
   *
   * <p>In manual mode blocking work is a task like any other: it runs when the test moves time.
   */
  @Override
  public Executor blockingExecutor() {
    return blocking;
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

  // ---- waiting: where time moves ---------------------------------------------------------------

  /**
   * {@inheritDoc}
   *
   * <p>In auto-advance mode this wait is what moves time: while it lasts and no work is in flight,
   * the driver moves time to the next due task (the deadline is one). Called from blocking work of
   * this scheduler it gives the work's turn back while it waits, and time moves only while a thread
   * that is not the scheduler's waits too. In manual mode it only waits, for
   * the test to move time.
   *
   * @param work a {@link CompletableFuture} or a future of this scheduler (any other future is
   *     looked at every millisecond of real time)
   */
  @Override
  public boolean awaitDone(Future<?> work, Instant deadline) throws InterruptedException {
    return await(work, deadline, Long.MAX_VALUE) == Outcome.DONE;
  }

  /** Waits for a task of this scheduler; answers false when {@code realNanos} of real time passed first. */
  boolean awaitTask(VirtualTask<?> task, long realNanos) throws InterruptedException {
    return await(task, null, realNanos) == Outcome.DONE;
  }

  private Outcome await(Future<?> work, Instant deadline, long realNanos) throws InterruptedException {
    Check.notNull("work", work);
    if (work.isDone()) {
      return Outcome.DONE;
    }
    if (reached(deadline)) {
      return Outcome.DEADLINE;
    }
    if (Boolean.TRUE.equals(inTask.get())) {
      return stuck(work, deadline);
    }
    Worker worker = currentWorker.get();
    Runnable wake = worker == null ? this::wake : () -> resume(worker);
    if (worker != null) {
      lock.lock();
      try {
        worker.wakeQueued = false;
      } finally {
        lock.unlock();
      }
    }
    boolean hooked = hook(work, wake);
    if (worker != null && !hooked) {
      throw new IllegalArgumentException("Blocking work can wait only for a CompletableFuture or a future of"
          + " this scheduler, not " + work);
    }
    // The deadline is a task: time moves to it like to any other, and it wakes the waiter.
    VirtualTask<?> alarm = deadline == null ? null
        : place(new VirtualTask<>(this, Executors.callable(wake), false, "deadline of a wait for " + work), deadline, true);
    try {
      return worker == null ? awaitUncounted(work, deadline, realNanos, hooked) : awaitAsWorker(worker, work, deadline);
    } finally {
      if (alarm != null) {
        alarm.cancel(false);
      }
    }
  }

  private boolean hook(Future<?> work, Runnable wake) {
    if (work instanceof CompletableFuture) {
      ((CompletableFuture<?>) work).whenComplete((v, e) -> wake.run());
      return true;
    }
    if (work instanceof VirtualTask && ((VirtualTask<?>) work).scheduler() == this) {
      ((VirtualTask<?>) work).onDone(wake);
      return true;
    }
    return false;
  }

  /** A thread of others waiting; once what it waits for is done, time stands still until it has left. */
  private static final class Waiter {
    private final Future<?> work;
    private final Instant deadline;

    Waiter(Future<?> work, Instant deadline) {
      this.work = work;
      this.deadline = deadline;
    }
  }

  private Outcome awaitUncounted(Future<?> work, Instant deadline, long realNanos, boolean hooked)
      throws InterruptedException {
    long end = realNanos == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + realNanos;
    Waiter me = new Waiter(work, deadline);
    lock.lock();
    try {
      waiters.add(me);
      changed.signalAll();
      try {
        while (true) {
          Outcome over = over(work, deadline);
          if (over != null) {
            return over;
          }
          long left = end == Long.MAX_VALUE ? Long.MAX_VALUE : end - System.nanoTime();
          if (left <= 0) {
            return Outcome.REAL_TIMEOUT;
          }
          if (hooked && left == Long.MAX_VALUE) {
            changed.await();
          } else {
            changed.awaitNanos(hooked ? left : Math.min(left, POLL_NANOS));
          }
        }
      } finally {
        waiters.remove(me);
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Blocking work waits: it gives its turn back and waits to be given it again. */
  private Outcome awaitAsWorker(Worker worker, Future<?> work, Instant deadline) {
    lock.lock();
    try {
      workersWaiting++;
      try {
        while (true) {
          worker.active = false;
          changed.signalAll();
          while (!worker.active && !stopped) {
            changed.awaitUninterruptibly();
          }
          Outcome over = over(work, deadline);
          if (over != null) {
            return over;
          }
          worker.wakeQueued = false;
        }
      } finally {
        workersWaiting--;
      }
    } finally {
      lock.unlock();
    }
  }

  /** How a wait ends now, or {@code null} while it goes on; called under the lock. */
  private Outcome over(Future<?> work, Instant deadline) {
    if (work.isDone()) {
      return Outcome.DONE;
    }
    if (reached(deadline)) {
      return Outcome.DEADLINE;
    }
    if (stopped) {
      throw new RejectedExecutionException("The virtual scheduler was shut down during the wait for " + work);
    }
    return null;
  }

  /** A task blocks waiting for virtual time: it may only be done by other threads, within a bound. */
  private Outcome stuck(Future<?> work, Instant deadline) {
    long end = System.nanoTime() + stuckBoundNanos;
    while (System.nanoTime() < end) {
      if (work.isDone()) {
        return Outcome.DONE;
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
    if (work.isDone()) {
      return Outcome.DONE;
    }
    throw new IllegalStateException("A task of the virtual scheduler blocks waiting for " + work
        + (deadline == null ? "" : " until " + deadline) + " at " + time.now() + ", but time cannot move while a"
        + " task runs. Go on in a continuation (thenCompose) instead, or run the waiting part on blockingExecutor()."
        + " " + dump());
  }

  private boolean reached(Instant deadline) {
    return deadline != null && !time.now().isBefore(deadline);
  }

  /**
   * The scheduler's state for people: now, what runs, who waits, and the queue in due order.
   *
   * @return a multi-line description
   */
  public String dump() {
    lock.lock();
    try {
      List<VirtualTask<?>> sorted = new ArrayList<>(queue);
      sorted.sort(null);
      StringBuilder b = new StringBuilder("Virtual scheduler at ").append(time.now()).append(": ")
          .append(running).append(" task(s) running, ").append(waiters.size() + workersWaiting).append(" waiter(s), ")
          .append(sorted.size()).append(" queued");
      sorted.stream().limit(DUMP_LIMIT).forEach(t -> b.append("\n  ").append(t));
      if (sorted.size() > DUMP_LIMIT) {
        b.append("\n  … ").append(sorted.size() - DUMP_LIMIT).append(" more");
      }
      return b.toString();
    } finally {
      lock.unlock();
    }
  }

  // ---- blocking work ---------------------------------------------------------------------------

  /** Blocking work: it runs on a thread of its own, only while the driver waits for it. */
  private static final class Worker {
    private final Runnable work;
    /** Whether the work holds the turn (guarded by the scheduler's lock). */
    private boolean active;
    /** Whether a task that gives the turn back is queued (guarded by the scheduler's lock). */
    private boolean wakeQueued;

    Worker(Runnable work) {
      this.work = work;
    }

    @Override
    public String toString() {
      return "blocking work " + work;
    }
  }

  private void executeBlocking(Runnable work) {
    Check.notNull("work", work);
    if (!auto) {
      execute(work);
      return;
    }
    Worker w = new Worker(work);
    enqueue(new VirtualTask<>(this, Executors.callable(() -> start(w)), true, "start " + w), 0, TimeUnit.NANOSECONDS);
  }

  /** Runs on the driver: starts the work on a thread of its own and waits until it gives the turn back. */
  private void start(Worker w) {
    lock.lock();
    try {
      w.active = true;
    } finally {
      lock.unlock();
    }
    try {
      workerThreads.execute(() -> runWorker(w));
    } catch (RejectedExecutionException e) {
      lock.lock();
      try {
        w.active = false;
      } finally {
        lock.unlock();
      }
      throw e;
    }
    awaitTurnBack(w);
  }

  private void runWorker(Worker w) {
    currentWorker.set(w);
    try {
      w.work.run();
    } catch (RuntimeException | Error e) {
      LOG.warn("Blocking work failed at {}", time.now(), e);
    } finally {
      currentWorker.remove();
      lock.lock();
      try {
        w.active = false;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** What the work waits for is done, or its deadline came: give it the turn again, as a due task. */
  private void resume(Worker w) {
    lock.lock();
    try {
      if (w.wakeQueued || stopped) {
        changed.signalAll();
        return;
      }
      w.wakeQueued = true;
    } finally {
      lock.unlock();
    }
    place(new VirtualTask<>(this, Executors.callable(() -> {
      lock.lock();
      try {
        w.active = true;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
      awaitTurnBack(w);
    }), true, "resume " + w), time.now(), true);
  }

  private void awaitTurnBack(Worker w) {
    long warnAt = System.nanoTime() + stuckBoundNanos;
    lock.lock();
    try {
      while (w.active && !stopped) {
        long left = warnAt - System.nanoTime();
        if (left > 0) {
          changed.awaitNanos(left);
        } else {
          // Not an error: a call to a real backend may take long. Said once, with what waits behind it.
          LOG.warn("{} has run for {} of real time without waiting; virtual time stands still meanwhile. {}",
              w, Duration.ofNanos(stuckBoundNanos), dumpLocked());
          warnAt = Long.MAX_VALUE;
          while (w.active && !stopped) {
            changed.awaitUninterruptibly();
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  private String dumpLocked() {
    return dump();
  }

  // ---- moving time by hand ---------------------------------------------------------------------

  /**
   * Moves time forward by {@code amount}, running every task that falls due on the way, in order,
   * with the time standing at each task's due time while it runs. In auto-advance mode it waits,
   * like {@link #awaitDone(Future, Instant)}, until time reaches the target, then until no work is
   * in flight.
   *
   * @param amount zero or more
   */
  public void advanceBy(Duration amount) {
    Check.that(!Check.notNull("amount", amount).isNegative(), "amount", amount, "must not be negative");
    advanceTo(plus(time.now(), amount));
  }

  /**
   * Moves time forward to {@code target}, running every task that falls due on the way, in order.
   *
   * @param target the new time; an instant not after now only runs the tasks already due
   */
  public void advanceTo(Instant target) {
    Check.notNull("target", target);
    if (auto) {
      try {
        await(new CompletableFuture<Void>(), target, Long.MAX_VALUE);
        awaitIdle();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while moving virtual time", e);
      }
      return;
    }
    Instant next;
    while ((next = nextDueNotAfter(target)) != null) {
      time.advanceTo(next);
      runDueTasks();
    }
    time.advanceTo(target);
    runDueTasks();
  }

  /**
   * Waits until no work is in flight: no task running or due, no blocking work running. In manual
   * mode it runs the due tasks instead.
   *
   * @throws InterruptedException when interrupted
   */
  public void awaitIdle() throws InterruptedException {
    if (!auto) {
      runDueTasks();
      return;
    }
    lock.lock();
    try {
      while (!stopped && (running > 0 || dueNow())) {
        changed.await();
      }
    } finally {
      lock.unlock();
    }
  }

  private boolean dueNow() {
    VirtualTask<?> head = queue.peek();
    return head != null && !head.due().isAfter(time.now());
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
    if (workerThreads != null) {
      workerThreads.shutdown();
    }
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
    if (workerThreads != null) {
      workerThreads.shutdown();
    }
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
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    return task;
  }

  /** Queues the scheduler's own task (an alarm, a resumption) at {@code due}, even while shutting down. */
  private <V> VirtualTask<V> place(VirtualTask<V> task, Instant due, boolean evenIfShutdown) {
    lock.lock();
    try {
      if (stopped || (shutdown && !evenIfShutdown)) {
        return task;
      }
      task.place(due.isBefore(time.now()) ? time.now() : due, sequence++);
      queue.add(task);
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

  /** A task was done: waiters look again. */
  void wake() {
    lock.lock();
    try {
      changed.signalAll();
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
    inTask.set(Boolean.TRUE);
    try {
      // FutureTask keeps whatever the task throws in its future; nothing escapes to the driver.
      task.run();
    } finally {
      inTask.remove();
      lock.lock();
      try {
        running--;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Whether time may move for a waiter: a thread of others waits, and no waiter whose wait is over
   * is still on its way out (it must see the time its wait ended at, not a later one). Blocking
   * work that waits does not count: it gives its turn back, but time moves only for a waiter from
   * outside, so that what such a thread does between two waits happens at one instant even while
   * blocking work waits.
   */
  private boolean someoneStillWaits() {
    for (Waiter w : waiters) {
      if (w.work.isDone() || reached(w.deadline)) {
        return false;
      }
    }
    return !waiters.isEmpty();
  }

  /** Whether the driver, finding no task due, moves time to the next one; called under the lock. */
  private boolean timeMayMove() {
    return shutdown || someoneStillWaits();
  }

  /**
   * Whether the driver would move time now, were no task due and the queue not empty: someone
   * waits (or the scheduler shuts down). Time never moves while this answers false.
   */
  boolean wouldMoveTime() {
    lock.lock();
    try {
      return timeMayMove();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The auto-advance driver: run what is due; else, when someone waits, move time to the earliest
   * due task. At the moment it decides, no task runs and no blocking work holds the turn (the
   * driver itself waits for those), so "nothing in flight" is exact.
   */
  private void drive() {
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
          if (head != null && !head.due().isAfter(time.now())) {
            running++;
            task = queue.poll();
          } else if (head != null && timeMayMove()) {
            // Shutting down, the delayed tasks left run out without anyone waiting for them.
            advanceTo = head.due();
          } else {
            changed.awaitUninterruptibly();
          }
        }
      } finally {
        lock.unlock();
      }
      if (task != null) {
        runTask(task);
        continue;
      }
      // Outside the lock: listeners of the time source (other schedulers, the world) run here.
      time.advanceTo(advanceTo);
    }
  }
}
