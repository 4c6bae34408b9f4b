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
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class VirtualSchedulerAutoAdvanceTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  /** A bound on real waiting, so that a broken driver fails the test instead of hanging it. */
  private static final long BOUND_SECONDS = 10;

  private final VirtualClock clock = VirtualClock.startingAt(START);
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

    Instant finishedAt = awaited(done);

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

    awaited(last);

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

    awaited(fifth);
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
    List<String> log = new CopyOnWriteArrayList<>();
    ScheduledFuture<?> deadline = scheduler.schedule(() -> log.add("deadline"), 45, TimeUnit.MINUTES);
    busyWork(); // e.g. the CreateImage call a caller makes between queueing the deadline and the first poll
    scheduler.schedule(() -> log.add("poll"), 15, TimeUnit.SECONDS);

    deadline.get(BOUND_SECONDS, TimeUnit.SECONDS);

    assertThat(log).containsExactly("poll", "deadline");
  }

  @Test
  void timeStandsStillWhileNobodyWaits() throws Exception {
    ScheduledFuture<String> later = scheduler.schedule(() -> "later", 1, TimeUnit.MINUTES);
    scheduler.execute(() -> { });

    scheduler.awaitIdle();

    assertThat(later.isDone()).isFalse();
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(later.get()).isEqualTo("later");
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(1)));
  }

  @Test
  void blockingWorkIsCountedWhileItRunsAndLetsTimeMoveWhileItWaits() throws Exception {
    List<Long> seenAt = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> finished = new CompletableFuture<>();
    scheduler.blockingExecutor().execute(() -> {
      seenAt.add(Duration.between(START, clock.instant()).toMinutes());
      busyWork(); // real time passes; someone waits; virtual time must not move meanwhile
      seenAt.add(Duration.between(START, clock.instant()).toMinutes());
      try {
        scheduler.awaitDone(scheduler.schedule(() -> { }, 10, TimeUnit.MINUTES), null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      seenAt.add(Duration.between(START, clock.instant()).toMinutes());
      finished.complete(null);
    });
    ScheduledFuture<?> oneMinute = scheduler.schedule(() -> { }, 1, TimeUnit.MINUTES);

    oneMinute.get(BOUND_SECONDS, TimeUnit.SECONDS);
    awaited(finished);

    assertThat(seenAt).containsExactly(0L, 0L, 10L);
  }

  @Test
  void blockingWorkThatWaitsDoesNotMoveTimeWhileTheTestsThreadIsBetweenTwoWaits() throws Exception {
    CompletableFuture<Void> tenMinutes = new CompletableFuture<>();
    scheduler.blockingExecutor().execute(() -> {
      try {
        scheduler.awaitDone(scheduler.schedule(() -> { }, 10, TimeUnit.MINUTES), null);
        tenMinutes.complete(null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    scheduler.awaitIdle(); // the blocking work has started and given its turn back: it waits

    // The test's thread waits for nothing: whatever it does now happens at one instant, so it may
    // read now() and schedule from it. Only a wait of its own lets time move.
    assertThat(scheduler.wouldMoveTime()).isFalse();
    assertThat(clock.instant()).isEqualTo(START);
    ScheduledFuture<Instant> oneMinute = scheduler.schedule(clock::instant, 1, TimeUnit.MINUTES);
    assertThat(oneMinute.get()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThat(tenMinutes).isNotDone();
    awaited(tenMinutes);
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(10)));
  }

  @Test
  void aWaitWithADeadlineEndsAtTheDeadlineOnVirtualTime() throws Exception {
    CompletableFuture<String> never = new CompletableFuture<>();

    boolean done = scheduler.awaitDone(never, START.plus(Duration.ofMinutes(5)));

    assertThat(done).isFalse();
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
  }

  @Test
  void aTaskThatBlocksOnVirtualTimeFailsWithADumpOfTheQueue() throws Exception {
    VirtualScheduler strict = VirtualScheduler.autoAdvance(clock, Duration.ofMillis(200));
    try {
      ScheduledFuture<Boolean> blocked = strict.submit(
          () -> strict.awaitDone(strict.schedule(() -> { }, 1, TimeUnit.HOURS), null));

      assertThatThrownBy(() -> blocked.get(BOUND_SECONDS, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(IllegalStateException.class).hasMessageContaining("time cannot move while a task runs")
          .hasMessageContaining("due=2026-01-01T01:00:00Z");
    } finally {
      strict.shutdownNow();
    }
  }

  @Test
  void theSameWorkRunsTheSameWayEveryTime() throws Exception {
    List<String> first = mixedWork(VirtualClock.startingAt(START), false);
    List<String> second = mixedWork(VirtualClock.startingAt(START), false);
    // The test's thread slow while blocking work already waits, as on a loaded machine.
    List<String> third = mixedWork(VirtualClock.startingAt(START), true);

    assertThat(first).hasSize(3 * 40).isEqualTo(second).isEqualTo(third);
  }

  /** Tasks and blocking work that wait for each other at seeded delays; what ran when, in order. */
  private static List<String> mixedWork(VirtualClock clock, boolean slowQueueing) throws Exception {
    VirtualScheduler s = VirtualScheduler.autoAdvance(clock);
    List<String> log = new CopyOnWriteArrayList<>();
    java.util.Random random = new java.util.Random(5);
    List<CompletableFuture<Void>> all = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        int n = i;
        long delay = random.nextInt(600);
        if (slowQueueing && i == 3) {
          s.awaitIdle(); // the blocking work of 0 and 2 has started and waits
          // however fast the machine, the rule itself: their waits alone do not move time
          assertThat(s.wouldMoveTime()).as("time would move while the test's thread queues work").isFalse();
          busyWork();
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        all.add(done);
        if (i % 2 == 0) {
          s.blockingExecutor().execute(() -> {
            log.add(n + " start " + clock.instant());
            try {
              s.awaitDone(s.schedule(() -> log.add(n + " tick " + clock.instant()), delay, TimeUnit.SECONDS), null);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            log.add(n + " end " + clock.instant());
            done.complete(null);
          });
        } else {
          s.schedule(() -> {
            log.add(n + " start " + clock.instant());
            s.schedule(() -> log.add(n + " tick " + clock.instant()), delay, TimeUnit.SECONDS);
            s.schedule(() -> {
              log.add(n + " end " + clock.instant());
              done.complete(null);
            }, delay, TimeUnit.SECONDS);
          }, delay, TimeUnit.MILLISECONDS);
        }
      }
      s.awaitDone(CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])), null);
      return log;
    } finally {
      s.shutdownNow();
    }
  }

  private <T> T awaited(CompletableFuture<T> f) throws Exception {
    assertThat(scheduler.awaitDone(f, null)).isTrue();
    return f.get();
  }

  private static long busyWork() {
    long x = 0;
    for (int i = 0; i < 5_000_000; i++) {
      x += Long.numberOfTrailingZeros(i) ^ (x >>> 3);
    }
    return x;
  }
}
