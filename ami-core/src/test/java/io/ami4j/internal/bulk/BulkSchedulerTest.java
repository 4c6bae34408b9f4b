package io.ami4j.internal.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.RetryPolicy;
import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.throttle.Throttle;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bulk scheduler's lanes: a bounded number of calls in flight per region and bucket, and the deadline. */
class BulkSchedulerTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final Region WEST = Region.of("eu-west-1");
  /** A bound against a hang only: the calls run on real threads, which a loaded machine may start late. */
  private static final long HANG_SECONDS = 60;

  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final CallRunner runner = new CallRunner(new Throttle(RateLimits.unlimited(), clock, scheduler), scheduler,
      clock, RetryPolicy.none());
  private final ExecutorService workers = Executors.newCachedThreadPool();

  @AfterEach
  void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void keepsAtMostTheConcurrencyInFlightPerLaneAndLanesApart() throws Exception {
    {
      BulkScheduler bulk = new BulkScheduler(runner, clock, 4, workers);
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch eightStarted = new CountDownLatch(8);
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger peak = new AtomicInteger();
      List<CompletableFuture<Integer>> all = new ArrayList<>();
      Instant deadline = clock.instant().plus(Duration.ofHours(1));
      for (int i = 0; i < 40; i++) {
        int n = i;
        Region r = i % 2 == 0 ? EAST : WEST;
        all.add(bulk.submit(r, Ec2Action.DEREGISTER_IMAGE, deadline, "call " + i, c -> {
          peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          eightStarted.countDown();
          try {
            release.await(); // however slow the machine, no call leaves before the test has looked
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          return n;
        }));
      }
      // Two lanes of four: eight calls block, the rest wait for a slot.
      assertThat(eightStarted.await(HANG_SECONDS, TimeUnit.SECONDS)).isTrue();
      assertThat(inFlight.get()).isEqualTo(8);
      release.countDown();
      CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(HANG_SECONDS, TimeUnit.SECONDS);
      assertThat(all).extracting(CompletableFuture::join).hasSize(40);
      assertThat(peak.get()).isEqualTo(8);
      assertThat(bulk.peakInFlight(EAST, Ec2Action.DEREGISTER_IMAGE)).isEqualTo(4);
    }
  }

  @Test
  void workStillQueuedAtTheDeadlineIsNotStarted() throws Exception {
    {
      BulkScheduler bulk = new BulkScheduler(runner, clock, 1, workers);
      Instant deadline = clock.instant().plus(Duration.ofSeconds(10));
      AtomicInteger calls = new AtomicInteger();
      CompletableFuture<Object> first = bulk.submit(EAST, Ec2Action.DEREGISTER_IMAGE, deadline, "first", c -> {
        clock.advance(Duration.ofSeconds(11)); // the first call outlives the deadline
        return calls.incrementAndGet();
      });
      CompletableFuture<Object> second = bulk.submit(EAST, Ec2Action.DEREGISTER_IMAGE, deadline, "second",
          c -> calls.incrementAndGet());

      assertThat(first.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(second).failsWithin(HANG_SECONDS, TimeUnit.SECONDS).withThrowableThat()
          .havingRootCause().isInstanceOf(NotStartedException.class).withMessageContaining("second was not started");
      assertThat(calls.get()).isEqualTo(1);
    }
  }

  @Test
  void thousandsOfUnitsDecliningAtTheDeadlineDoNotDeepenTheStack() throws Exception {
    {
      BulkScheduler bulk = new BulkScheduler(runner, clock, 1, workers);
      Instant deadline = clock.instant().plus(Duration.ofSeconds(10));
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Object> first = bulk.submit(EAST, Ec2Action.DEREGISTER_IMAGE, deadline, "first", c -> {
        try {
          release.await(); // until every unit is queued behind it
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        clock.advance(Duration.ofSeconds(11));
        return "done";
      });
      List<CompletableFuture<Object>> rest = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        // Each declined unit's continuation runs at once, as a report's would.
        rest.add(bulk.submit(EAST, Ec2Action.DEREGISTER_IMAGE, deadline, "unit " + i, c -> "never")
            .handle((v, e) -> e).thenApply(e -> (Object) e).toCompletableFuture());
      }
      release.countDown();

      assertThat(first.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo("done");
      CompletableFuture.allOf(rest.toArray(new CompletableFuture<?>[0])).get(HANG_SECONDS, TimeUnit.SECONDS);
      assertThat(rest).allSatisfy(f -> assertThat(f.join()).isInstanceOf(NotStartedException.class));
    }
  }
}
