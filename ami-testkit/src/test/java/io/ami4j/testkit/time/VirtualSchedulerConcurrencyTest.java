package io.ami4j.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Several threads scheduling and advancing at once: every task runs exactly once, in due order. */
class VirtualSchedulerConcurrencyTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final long BOUND_SECONDS = 20;

  @Test
  void manualModeWithSeveralAdvancingThreadsRunsEachTaskOnceInDueOrder() throws Exception {
    ManualClock clock = ManualClock.at(START);
    VirtualScheduler scheduler = VirtualScheduler.manual(clock);
    Random random = new Random(5);
    List<Instant> ranDue = new CopyOnWriteArrayList<>();
    RunCounts<Integer> runs = new RunCounts<>();
    for (int i = 0; i < 1_000; i++) {
      int task = i;
      long delay = random.nextInt(100_000);
      Instant due = START.plusMillis(delay);
      scheduler.schedule(() -> {
        ranDue.add(due);
        runs.increment(task);
      }, delay, TimeUnit.MILLISECONDS);
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> advancers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      advancers.add(threads.submit(() -> {
        go.await();
        for (int s = 0; s < 30; s++) {
          scheduler.advanceBy(Duration.ofSeconds(1));
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : advancers) {
      f.get(BOUND_SECONDS, TimeUnit.SECONDS);
    }
    threads.shutdown();
    scheduler.advanceTo(START.plusSeconds(100));

    assertThat(runs.size()).isEqualTo(1_000);
    assertThat(runs.allOnce()).isTrue();
    assertThat(ranDue).isSorted();
  }

  @Test
  void autoAdvanceWithManySubmittingThreadsCompletesEveryTask() throws Exception {
    ManualClock clock = ManualClock.at(START);
    VirtualScheduler scheduler = VirtualScheduler.autoAdvance(clock);
    AtomicInteger ran = new AtomicInteger();
    AtomicInteger early = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<List<ScheduledFuture<?>>>> submitted = new ArrayList<>();
    try {
      for (int t = 0; t < 8; t++) {
        long seed = t;
        submitted.add(threads.submit(() -> {
          Random random = new Random(seed);
          List<ScheduledFuture<?>> futures = new ArrayList<>();
          for (int i = 0; i < 200; i++) {
            int delay = random.nextInt(3_600);
            // The driver moves time while others submit: a task is due its delay after its own submission.
            Instant notBefore = clock.instant().plusSeconds(delay);
            futures.add(scheduler.schedule(() -> {
              ran.incrementAndGet();
              if (clock.instant().isBefore(notBefore)) {
                early.incrementAndGet();
              }
            }, delay, TimeUnit.SECONDS));
          }
          return futures;
        }));
      }
      for (Future<List<ScheduledFuture<?>>> f : submitted) {
        for (ScheduledFuture<?> task : f.get(BOUND_SECONDS, TimeUnit.SECONDS)) {
          task.get(BOUND_SECONDS, TimeUnit.SECONDS);
        }
      }

      assertThat(ran).hasValue(1_600);
      assertThat(early).hasValue(0);
    } finally {
      threads.shutdown();
      scheduler.shutdownNow();
    }
  }

  /** Counts runs per task. */
  private static final class RunCounts<K> {
    private final ConcurrentHashMap<K, AtomicInteger> counts = new ConcurrentHashMap<>();

    void increment(K key) {
      counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    int size() {
      return counts.size();
    }

    boolean allOnce() {
      return counts.values().stream().allMatch(c -> c.get() == 1);
    }
  }
}
