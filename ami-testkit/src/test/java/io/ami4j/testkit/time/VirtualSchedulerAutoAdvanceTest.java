package io.ami4j.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VirtualSchedulerAutoAdvanceTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  /** A bound on real waiting, so that a broken driver fails the test instead of hanging it. */
  private static final long BOUND_SECONDS = 10;

  private final ManualClock clock = ManualClock.at(START);
  private final VirtualScheduler scheduler = VirtualScheduler.autoAdvance(clock);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void aThirtyMinuteChainOfDelaysCompletesWithoutRealWaiting() throws Exception {
    // 120 polls 15 s apart, each scheduling the next: how the engine waits for an image.
    CompletableFuture<Instant> done = new CompletableFuture<>();
    AtomicInteger polls = new AtomicInteger();
    Runnable[] poll = new Runnable[1];
    poll[0] = () -> {
      if (polls.incrementAndGet() == 120) {
        done.complete(clock.instant());
      } else {
        scheduler.schedule(poll[0], 15, TimeUnit.SECONDS);
      }
    };
    scheduler.schedule(poll[0], 15, TimeUnit.SECONDS);

    Instant finishedAt = done.get(BOUND_SECONDS, TimeUnit.SECONDS);

    assertThat(finishedAt).isEqualTo(START.plus(Duration.ofMinutes(30)));
    assertThat(polls).hasValue(120);
  }

  @Test
  void immediateTasksRunAtOnceWithoutMovingTime() throws Exception {
    ScheduledFuture<String> answer = scheduler.submit(() -> "now");

    assertThat(answer.get(BOUND_SECONDS, TimeUnit.SECONDS)).isEqualTo("now");
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void runsTasksInDueOrderAdvancingToEachDueTime() throws Exception {
    List<Long> ranAt = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> last = new CompletableFuture<>();
    // Queued while the driver may already be running: order must still follow due times.
    scheduler.schedule(() -> {
      ranAt.add(Duration.between(START, clock.instant()).toSeconds());
      last.complete(null);
    }, 300, TimeUnit.SECONDS);
    scheduler.schedule(() -> ranAt.add(Duration.between(START, clock.instant()).toSeconds()), 100, TimeUnit.SECONDS);
    scheduler.schedule(() -> ranAt.add(Duration.between(START, clock.instant()).toSeconds()), 200, TimeUnit.SECONDS);

    last.get(BOUND_SECONDS, TimeUnit.SECONDS);

    assertThat(ranAt).containsExactly(100L, 200L, 300L);
  }

  @Test
  void anExceptionInATaskDoesNotKillTheDriver() throws Exception {
    ScheduledFuture<?> failing = scheduler.schedule(() -> {
      throw new IllegalStateException("boom");
    }, 1, TimeUnit.MINUTES);
    scheduler.execute(() -> {
      throw new IllegalArgumentException("executed and failed");
    });
    ScheduledFuture<String> after = scheduler.schedule(() -> "still running", 2, TimeUnit.MINUTES);

    assertThat(after.get(BOUND_SECONDS, TimeUnit.SECONDS)).isEqualTo("still running");
    assertThatThrownBy(failing::get).isInstanceOf(ExecutionException.class).hasRootCauseMessage("boom");
  }

  @Test
  void fixedRateTasksRepeatOnVirtualTimeUntilCancelled() throws Exception {
    List<Long> ticks = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> fifth = new CompletableFuture<>();
    ScheduledFuture<?> periodic = scheduler.scheduleAtFixedRate(() -> {
      ticks.add(Duration.between(START, clock.instant()).toMinutes());
      if (ticks.size() == 5) {
        fifth.complete(null);
      }
    }, 0, 10, TimeUnit.MINUTES);

    fifth.get(BOUND_SECONDS, TimeUnit.SECONDS);
    periodic.cancel(false);

    assertThat(List.copyOf(ticks).subList(0, 5)).containsExactly(0L, 10L, 20L, 30L, 40L);
    assertThat(periodic.isCancelled()).isTrue();
  }

  @Test
  void getDelayFollowsTheClockTheDriverMoves() throws Exception {
    ScheduledFuture<?> far = scheduler.schedule(() -> { }, 60, TimeUnit.MINUTES);
    scheduler.schedule(() -> { }, 10, TimeUnit.MINUTES).get(BOUND_SECONDS, TimeUnit.SECONDS);
    far.cancel(false);

    assertThat(far.getDelay(TimeUnit.MINUTES)).isLessThanOrEqualTo(50);
  }

  @Test
  void shutdownLetsDelayedTasksFinishThenTerminates() throws Exception {
    ScheduledFuture<String> delayed = scheduler.schedule(() -> "finished", 45, TimeUnit.MINUTES);

    scheduler.shutdown();

    assertThat(scheduler.awaitTermination(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(delayed.get()).isEqualTo("finished");
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(45)));
  }

  @Test
  void shutdownNowStopsTheDriverAndReturnsPendingTasks() throws Exception {
    ScheduledFuture<?> gate = scheduler.schedule(() -> { }, 1, TimeUnit.SECONDS);
    gate.get(BOUND_SECONDS, TimeUnit.SECONDS);
    // A periodic task keeps the queue non-empty forever unless the scheduler is stopped.
    scheduler.scheduleWithFixedDelay(() -> { }, 1, 1, TimeUnit.HOURS);

    List<Runnable> never = scheduler.shutdownNow();

    assertThat(scheduler.awaitTermination(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(never.size()).isLessThanOrEqualTo(1);
    assertThat(scheduler.isTerminated()).isTrue();
  }

  @Test
  void aCallerStillQueueingIsNotOvertakenByTheDeadlineItQueuedFirst() throws Exception {
    VirtualScheduler patient = VirtualScheduler.autoAdvance(clock, Duration.ofSeconds(BOUND_SECONDS));
    List<String> log = new CopyOnWriteArrayList<>();
    try {
      ScheduledFuture<?> deadline = patient.schedule(() -> log.add("deadline"), 45, TimeUnit.MINUTES);
      busyWork(); // e.g. the CreateImage call a caller makes between queueing the deadline and the first poll
      patient.schedule(() -> log.add("poll"), 15, TimeUnit.SECONDS);

      deadline.get(BOUND_SECONDS, TimeUnit.SECONDS);

      assertThat(log).containsExactly("poll", "deadline");
    } finally {
      patient.shutdownNow();
    }
  }

  @Test
  void aSubmitterThatNeverBlocksOnlySlowsTheDriverDown() throws Exception {
    AtomicInteger spins = new AtomicInteger();
    Thread spinner = new Thread(() -> {
      scheduler.execute(() -> { });
      while (!Thread.currentThread().isInterrupted()) {
        spins.incrementAndGet();
      }
    });
    spinner.setDaemon(true);
    spinner.start();
    try {
      ScheduledFuture<String> later = scheduler.schedule(() -> "done", 1, TimeUnit.HOURS);

      assertThat(later.get(BOUND_SECONDS, TimeUnit.SECONDS)).isEqualTo("done");
    } finally {
      spinner.interrupt();
    }
  }

  private static long busyWork() {
    long x = 0;
    for (int i = 0; i < 5_000_000; i++) {
      x += Long.numberOfTrailingZeros(i) ^ (x >>> 3);
    }
    return x;
  }
}
