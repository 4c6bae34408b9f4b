package io.ami4j.internal.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Bulk work takes tokens only while a tenth of the bucket stays in it: single calls of the same
 * client still get a burst, and the service's bucket keeps a margin for the calls' varying delay.
 */
class BulkReserveTest {
  private static final Region R = Region.of("us-east-1");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);

  @Test
  void bulkWorkLeavesTheReserveAndThenRunsAtTheRefillRate() {
    Throttle t = new Throttle(RateLimits.ec2Defaults(), clock, scheduler);
    Instant start = clock.instant();
    List<Instant> granted = new ArrayList<>();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      CompletableFuture<Void> f = t.acquireForBulk(R, Ec2Action.DEREGISTER_IMAGE);
      f.thenRun(() -> granted.add(clock.instant()));
      all.add(f);
    }

    // DeregisterImage: 100 tokens, 5 per second; bulk work stops at 10 left.
    assertThat(granted).hasSize(90);
    assertThat(t.acquire(R, Ec2Action.DEREGISTER_IMAGE)).as("a single call still gets the reserve").isDone();

    scheduler.drive(CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])));

    assertThat(granted).hasSize(120);
    // 30 more bulk tokens, plus the one the single call took from the reserve, at 5 per second.
    assertThat(Duration.between(start, granted.get(119))).isBetween(Duration.ofSeconds(6), Duration.ofMillis(6300));
  }

  @Test
  void theReserveIsATenthOfTheCapacityAndAtLeastOne() {
    assertThat(new AdaptiveBucket("a", 100, 5, clock).reserve()).isEqualTo(10);
    assertThat(new AdaptiveBucket("b", 5, 2, clock).reserve()).isEqualTo(1);
  }

  @Test
  void waitersAreServedInOrderSingleCallsFirstWithOneWakeUpPerToken() {
    AdaptiveBucket b = new AdaptiveBucket("deregister", 100, 5, clock);
    List<Integer> order = new ArrayList<>();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      all.add(b.acquireLeavingReserve(scheduler));
    }
    // The burst is spent down to the reserve; 32 bulk waiters queue, then one single call.
    for (int i = 0; i < 32; i++) {
      int n = i;
      all.add(b.acquireLeavingReserve(scheduler).thenRun(() -> order.add(n)));
    }
    all.add(b.acquire(scheduler).thenRun(() -> order.add(-1)));
    assertThat(order).containsExactly(-1);
    int before = scheduler.ran();

    scheduler.drive(CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])));

    assertThat(order).hasSize(33);
    for (int i = 0; i < 32; i++) {
      assertThat(order.get(i + 1)).isEqualTo(i);
    }
    // About one timer task per token handed out, not one per waiter and token.
    assertThat(scheduler.ran() - before).isLessThanOrEqualTo(40);
  }
}
