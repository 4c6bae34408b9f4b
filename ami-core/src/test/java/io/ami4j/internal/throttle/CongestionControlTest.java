package io.ami4j.internal.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The congestion controller on the virtual clock: one decrease per event, recovery on the bucket's time scale. */
class CongestionControlTest {
  private static final Region R = Region.of("us-east-1");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);

  @Test
  void eightSimultaneousThrottledAnswersAreOneEventAndOneDecrease() {
    Throttle t = new Throttle(RateLimits.ec2Defaults(), clock, scheduler);
    for (int i = 0; i < 8; i++) {
      t.throttled(R, Ec2Action.DEREGISTER_IMAGE);
    }
    AdaptiveBucket b = t.bucket(R, Ec2Action.DEREGISTER_IMAGE);
    assertThat(b.control().events()).isEqualTo(1);
    assertThat(b.currentRate()).isEqualTo(2.5);
  }

  @Test
  void answersToRequestsSentBeforeTheDecreaseAreTheSameEventEvenWhenLate() {
    AdaptiveBucket b = new AdaptiveBucket("test", 100, 5, clock);
    Instant sent = clock.instant();
    clock.advance(Duration.ofMillis(50));
    b.slowDown(sent);
    Instant decrease = clock.instant();
    // In flight when the rate went down: answered long after, still the same event.
    clock.advance(Duration.ofSeconds(2));
    b.slowDown(decrease.minusMillis(1));
    b.slowDown(decrease);
    assertThat(b.control().events()).isEqualTo(1);

    // Sent after the decrease and answered after a round trip: a new event.
    Instant later = clock.instant();
    clock.advance(Duration.ofMillis(50));
    b.slowDown(later);
    assertThat(b.control().events()).isEqualTo(2);
  }

  @Test
  void answersWithinOneRoundTripOfTheDecreaseAreTheSameEvent() {
    CongestionControl c = new CongestionControl(100, 5);
    Instant t0 = clock.instant();
    // A 100 ms round trip measured by the first throttled request.
    assertThat(c.throttled(t0, t0.plusMillis(100))).isTrue();
    assertThat(c.rtt()).isEqualTo(Duration.ofMillis(100));
    // Sent just after the decrease, answered 60 ms after it (inside one round trip): same event.
    assertThat(c.throttled(t0.plusMillis(101), t0.plusMillis(160))).isFalse();
    // Answered one round trip after the decrease: a new event.
    assertThat(c.throttled(t0.plusMillis(150), t0.plusMillis(260))).isTrue();
    assertThat(c.events()).isEqualTo(2);
  }

  @ParameterizedTest(name = "refill x{0}")
  @ValueSource(ints = {1, 5, 50})
  void recoveryTakesTheBucketsRefillTime(int factor) {
    // DeregisterImage: 100 tokens, 5 per second (× factor): refilled from empty in 20 s / factor.
    double ceiling = 5.0 * factor;
    CongestionControl c = new CongestionControl(100, ceiling);
    Instant t0 = clock.instant();
    c.throttled(t0, t0);
    assertThat(c.rate(t0)).isEqualTo(ceiling / 2);

    Duration refill = Duration.ofMillis(20_000 / factor);
    // Fast at first, flat near the rate that was too much: 7/8 of the way back at half the time.
    assertThat(c.rate(t0.plus(refill.dividedBy(2))) / ceiling).isCloseTo(0.9375, within(1e-9));
    Duration recovered = firstAtCeiling(c, t0, refill.dividedBy(1000));
    assertThat(recovered).isBetween(refill.minus(refill.dividedBy(500)), refill.plus(refill.dividedBy(500)));
  }

  @Test
  void recoveryIsNeverFasterThanAFewRoundTrips() {
    // 10 tokens at 1,000 per second refill in 10 ms, but answers take 100 ms to come back.
    CongestionControl c = new CongestionControl(10, 1000);
    Instant t0 = clock.instant();
    c.throttled(t0.minusMillis(100), t0);
    Duration recovered = firstAtCeiling(c, t0, Duration.ofMillis(1));
    assertThat(recovered).isEqualTo(Duration.ofMillis(100).multipliedBy(CongestionControl.RTTS_PER_RECOVERY));
  }

  @Test
  void anEventBeforeFullRecoveryLowersTheRateRememberedAsTooMuch() {
    CongestionControl c = new CongestionControl(100, 5);
    Instant t0 = clock.instant();
    c.throttled(t0, t0);
    Instant t1 = t0.plusSeconds(5);
    double at = c.rate(t1);
    assertThat(at).isLessThan(5);
    c.throttled(t1, t1);
    assertThat(c.rate(t1)).isCloseTo(at / 2, within(1e-9));
    // Twenty seconds later it is back at the middle of the two rates, not at the rate that failed.
    assertThat(c.rate(t1.plusSeconds(20))).isCloseTo(at * 0.75, within(1e-9));
    // Then it probes beyond, and never above the configured rate.
    for (int s = 21; s < 200; s++) {
      assertThat(c.rate(t1.plusSeconds(s))).isLessThanOrEqualTo(5.0);
    }
    assertThat(c.rate(t1.plusSeconds(200))).isEqualTo(5.0);
  }

  @Test
  void theRateNeverFallsBelowAThirtySecondOfTheTable() {
    CongestionControl c = new CongestionControl(100, 5);
    Instant t = clock.instant();
    for (int i = 0; i < 20; i++) {
      t = t.plusSeconds(1);
      assertThat(c.throttled(t, t)).isTrue();
    }
    assertThat(c.events()).isEqualTo(20);
    assertThat(c.rate(t)).isEqualTo(5.0 / 32);
  }

  private static Duration firstAtCeiling(CongestionControl c, Instant t0, Duration step) {
    Duration d = Duration.ZERO;
    while (c.rate(t0.plus(d)) < c.ceiling()) {
      assertThat(d).isLessThan(Duration.ofDays(1));
      d = d.plus(step);
    }
    return d;
  }
}
