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

class AdaptiveBucketTest {
  private static final Region R = Region.of("eu-west-1");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);

  @Test
  void callsBeyondTheBurstWaitOnTheSchedulerForRefills() {
    Throttle t = new Throttle(RateLimits.ec2Defaults(), clock, scheduler);
    Instant start = clock.instant();
    List<Instant> granted = new ArrayList<>();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      CompletableFuture<Void> f = t.acquire(R, Ec2Action.DESCRIBE_IMAGES);
      f.thenRun(() -> granted.add(clock.instant()));
      all.add(f);
    }
    // The burst (capacity 100) is granted at once; the rest wait without a blocked thread.
    assertThat(granted).hasSize(100);
    scheduler.drive(CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])));

    assertThat(granted).hasSize(150);
    // 50 more tokens at 20 per second take 2.5 s of (virtual) time.
    assertThat(Duration.between(start, granted.get(149))).isGreaterThanOrEqualTo(Duration.ofMillis(2500));
    // Never more than capacity + rate × t tokens in any prefix.
    for (int i = 0; i < granted.size(); i++) {
      double seconds = Duration.between(start, granted.get(i)).toNanos() / 1e9;
      assertThat(i + 1).isLessThanOrEqualTo((int) Math.floor(100 + 20 * seconds + 1e-6));
    }
  }

  @Test
  void bucketsAreSeparatePerRegionAndActionClass() {
    Throttle t = new Throttle(RateLimits.ec2Defaults().with(Ec2Action.Bucket.COPY_IMAGE, 1, 1), clock, scheduler);
    assertThat(t.acquire(R, Ec2Action.COPY_IMAGE)).isDone();
    assertThat(t.acquire(R, Ec2Action.COPY_IMAGE)).isNotDone();
    assertThat(t.acquire(Region.of("us-east-1"), Ec2Action.COPY_IMAGE)).isDone();
    assertThat(t.acquire(R, Ec2Action.DESCRIBE_IMAGES)).isDone();
  }

  @Test
  void aThrottledBucketEmptiesAndPacesTheNextCallsAtTheLowerRate() {
    AdaptiveBucket b = new AdaptiveBucket("test", 10, 4, clock);
    b.slowDown(clock.instant());
    Instant start = clock.instant();
    CompletableFuture<Void> first = b.acquire(scheduler);
    CompletableFuture<Void> second = b.acquire(scheduler);
    assertThat(first).isNotDone();
    scheduler.drive(CompletableFuture.allOf(first, second));
    // At 4 per second two tokens would take half a second; from 2 per second, climbing back, they
    // take longer (about 0.84 s).
    assertThat(Duration.between(start, clock.instant())).isGreaterThan(Duration.ofMillis(750));
  }
}
