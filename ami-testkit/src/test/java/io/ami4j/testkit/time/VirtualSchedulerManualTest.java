package io.ami4j.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VirtualSchedulerManualTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final ManualClock clock = ManualClock.at(START);
  private final VirtualScheduler scheduler = VirtualScheduler.manual(clock);
  private final List<String> log = new CopyOnWriteArrayList<>();

  private Runnable record(String name) {
    return () -> log.add(name + "@" + Duration.between(START, clock.instant()).toSeconds());
  }

  @Test
  void runsTasksInDueOrderWithTheClockAtEachDueTime() {
    scheduler.schedule(record("c"), 30, TimeUnit.SECONDS);
    scheduler.schedule(record("a"), 10, TimeUnit.SECONDS);
    scheduler.schedule(record("b"), 20, TimeUnit.SECONDS);

    scheduler.advanceBy(Duration.ofMinutes(1));

    assertThat(log).containsExactly("a@10", "b@20", "c@30");
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void tasksDueAtTheSameInstantRunInSubmissionOrder() {
    for (String name : List.of("first", "second", "third")) {
      scheduler.schedule(record(name), 5, TimeUnit.SECONDS);
    }

    scheduler.advanceBy(Duration.ofSeconds(5));

    assertThat(log).containsExactly("first@5", "second@5", "third@5");
  }

  @Test
  void nothingRunsBeforeItsDueTime() {
    scheduler.schedule(record("late"), 10, TimeUnit.SECONDS);

    scheduler.advanceBy(Duration.ofMillis(9_999));

    assertThat(log).isEmpty();
    assertThat(scheduler.queuedTasks()).isEqualTo(1);
  }

  @Test
  void advancingTheClockDirectlyRunsDueTasksOnTheAdvancingThread() {
    List<Thread> ranOn = new CopyOnWriteArrayList<>();
    scheduler.schedule(() -> ranOn.add(Thread.currentThread()), 1, TimeUnit.MINUTES);

    clock.advance(Duration.ofMinutes(2));

    assertThat(ranOn).containsExactly(Thread.currentThread());
  }

  @Test
  void immediateTasksRunAtTheNextTick() throws Exception {
    ScheduledFuture<String> answer = scheduler.submit(() -> "done");
    scheduler.execute(record("executed"));

    assertThat(answer.isDone()).isFalse();
    scheduler.runDueTasks();

    assertThat(answer.get()).isEqualTo("done");
    assertThat(log).containsExactly("executed@0");
  }

  @Test
  void tasksScheduledByTasksRunInTheSameAdvanceWhenDue() {
    scheduler.schedule(() -> {
      log.add("outer@" + Duration.between(START, clock.instant()).toSeconds());
      scheduler.schedule(record("inner"), 5, TimeUnit.SECONDS);
    }, 10, TimeUnit.SECONDS);

    scheduler.advanceBy(Duration.ofSeconds(20));

    assertThat(log).containsExactly("outer@10", "inner@15");
  }

  @Test
  void getDelayIsMeasuredOnVirtualTime() {
    ScheduledFuture<?> future = scheduler.schedule(record("x"), 90, TimeUnit.SECONDS);

    assertThat(future.getDelay(TimeUnit.SECONDS)).isEqualTo(90);
    clock.advance(Duration.ofSeconds(60));
    assertThat(future.getDelay(TimeUnit.SECONDS)).isEqualTo(30);
    assertThat(future.getDelay(TimeUnit.MILLISECONDS)).isEqualTo(30_000);
  }

  @Test
  void futuresOrderByDueTime() {
    ScheduledFuture<?> later = scheduler.schedule(record("later"), 2, TimeUnit.MINUTES);
    ScheduledFuture<?> sooner = scheduler.schedule(record("sooner"), 1, TimeUnit.MINUTES);

    assertThat(sooner.compareTo(later)).isNegative();
    assertThat(later.compareTo(sooner)).isPositive();
  }

  @Test
  void callableResultIsDeliveredThroughTheFuture() throws Exception {
    ScheduledFuture<Integer> answer = scheduler.schedule(() -> 42, 1, TimeUnit.HOURS);

    scheduler.advanceBy(Duration.ofHours(1));

    assertThat(answer.get()).isEqualTo(42);
  }

  @Test
  void cancelledTaskNeverRuns() {
    ScheduledFuture<?> future = scheduler.schedule(record("cancelled"), 10, TimeUnit.SECONDS);
    scheduler.schedule(record("kept"), 20, TimeUnit.SECONDS);

    assertThat(future.cancel(false)).isTrue();
    scheduler.advanceBy(Duration.ofMinutes(1));

    assertThat(log).containsExactly("kept@20");
    assertThat(future.isCancelled()).isTrue();
    assertThat(scheduler.queuedTasks()).isZero();
  }

  @Test
  void fixedRateRunsOnTheGridOfItsPeriod() {
    scheduler.scheduleAtFixedRate(record("tick"), 5, 10, TimeUnit.SECONDS);

    scheduler.advanceBy(Duration.ofSeconds(40));

    assertThat(log).containsExactly("tick@5", "tick@15", "tick@25", "tick@35");
  }

  @Test
  void fixedDelayCountsFromTheEndOfEachRun() {
    scheduler.scheduleWithFixedDelay(() -> {
      log.add("run@" + Duration.between(START, clock.instant()).toSeconds());
      clock.advance(Duration.ofSeconds(3)); // the run itself takes 3 s of virtual time
    }, 0, 10, TimeUnit.SECONDS);

    scheduler.advanceBy(Duration.ofSeconds(30));

    assertThat(log).containsExactly("run@0", "run@13", "run@26");
  }

  @Test
  void cancellingAPeriodicTaskStopsIt() {
    ScheduledFuture<?> ticks = scheduler.scheduleAtFixedRate(record("tick"), 0, 1, TimeUnit.SECONDS);
    scheduler.advanceBy(Duration.ofSeconds(2));

    ticks.cancel(false);
    scheduler.advanceBy(Duration.ofSeconds(10));

    assertThat(log).containsExactly("tick@0", "tick@1", "tick@2");
  }

  @Test
  void periodicTaskThatThrowsStopsAndReportsTheFailure() {
    AtomicInteger runs = new AtomicInteger();
    ScheduledFuture<?> ticks = scheduler.scheduleAtFixedRate(() -> {
      if (runs.incrementAndGet() == 3) {
        throw new IllegalStateException("boom");
      }
    }, 0, 1, TimeUnit.SECONDS);

    scheduler.advanceBy(Duration.ofSeconds(10));

    assertThat(runs).hasValue(3);
    assertThatThrownBy(ticks::get).isInstanceOf(ExecutionException.class).hasRootCauseMessage("boom");
  }

  @Test
  void failingTaskDoesNotStopTheOthers() {
    ScheduledFuture<?> failing = scheduler.schedule(() -> {
      throw new IllegalStateException("boom");
    }, 1, TimeUnit.SECONDS);
    scheduler.schedule(record("after"), 2, TimeUnit.SECONDS);

    scheduler.advanceBy(Duration.ofSeconds(5));

    assertThat(log).containsExactly("after@2");
    assertThatThrownBy(failing::get).hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void shutdownRejectsNewTasksRunsDelayedOnesAndDropsPeriodicOnes() throws Exception {
    scheduler.schedule(record("delayed"), 10, TimeUnit.SECONDS);
    ScheduledFuture<?> periodic = scheduler.scheduleAtFixedRate(record("tick"), 1, 1, TimeUnit.SECONDS);

    scheduler.shutdown();

    assertThat(scheduler.isShutdown()).isTrue();
    assertThat(periodic.isCancelled()).isTrue();
    assertThatThrownBy(() -> scheduler.execute(record("new"))).isInstanceOf(RejectedExecutionException.class);
    assertThat(scheduler.isTerminated()).isFalse();
    assertThat(scheduler.awaitTermination(10, TimeUnit.MILLISECONDS)).isFalse();

    scheduler.advanceBy(Duration.ofSeconds(10));

    assertThat(log).containsExactly("delayed@10");
    assertThat(scheduler.isTerminated()).isTrue();
    assertThat(scheduler.awaitTermination(0, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void shutdownNowReturnsTheTasksThatNeverRan() {
    scheduler.schedule(record("a"), 10, TimeUnit.SECONDS);
    ScheduledFuture<?> b = scheduler.schedule(record("b"), 20, TimeUnit.SECONDS);

    List<Runnable> never = scheduler.shutdownNow();
    scheduler.advanceBy(Duration.ofMinutes(1));

    assertThat(never).hasSize(2).contains((Runnable) b);
    assertThat(b.isCancelled()).isTrue();
    assertThat(log).isEmpty();
    assertThat(scheduler.isTerminated()).isTrue();
  }

  @Test
  void hugeDelaysMeanNeverRatherThanOverflow() {
    ScheduledFuture<?> never = scheduler.schedule(record("never"), Long.MAX_VALUE, TimeUnit.DAYS);

    scheduler.advanceBy(Duration.ofDays(365 * 100));

    assertThat(log).isEmpty();
    assertThat(never.getDelay(TimeUnit.DAYS)).isPositive();
  }

  @Test
  void invokeAllRunsEveryTaskAtTheNextTick() throws Exception {
    // invokeAll blocks until done, so it needs someone else to drive the manual scheduler.
    Thread ticker = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        scheduler.runDueTasks();
        Thread.onSpinWait();
      }
    });
    ticker.setDaemon(true);
    ticker.start();
    try {
      List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2);
      List<Future<Integer>> results = scheduler.invokeAll(tasks);
      assertThat(results.get(0).get() + results.get(1).get()).isEqualTo(3);
    } finally {
      ticker.interrupt();
    }
  }
}
