package io.ami4j.testkit.fault;

import static io.ami4j.testkit.fault.Requests.CALL;
import static io.ami4j.testkit.fault.Requests.EU_WEST_1;
import static io.ami4j.testkit.fault.Requests.IMAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiThrottledException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.ImageQuery;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FaultingProviderThrottlingTest {
  private final VirtualClock clock = VirtualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  private final RecordingProvider backend = new RecordingProvider();

  private FaultingProvider throttled(FaultPlan plan) {
    return FaultingProvider.wrap(backend.provider(), plan, clock);
  }

  /** Calls DeregisterImage until it is throttled; answers how many passed. */
  private static int deregisterUntilThrottled(FaultingProvider provider, Call call) {
    int passed = 0;
    while (true) {
      try {
        provider.deregisterImage(call, IMAGE, true);
        passed++;
      } catch (AmiThrottledException e) {
        return passed;
      }
    }
  }

  @Test
  void ec2DefaultDeregisterBucketPassesOneHundredAtOnceThenFivePerSecond() {
    FaultingProvider provider = throttled(FaultPlan.builder().ec2Throttling().build());

    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(100);
    clock.advance(Duration.ofSeconds(1));
    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(5);

    assertThat(backend.count("deregisterImage")).isEqualTo(105);
    assertThat(provider.stats().calls(Ec2Action.DEREGISTER_IMAGE)).isEqualTo(107);
    assertThat(provider.stats().throttledAnswers()).isEqualTo(2);
    assertThat(provider.stats().throttledAnswers(Ec2Action.DEREGISTER_IMAGE)).isEqualTo(2);
  }

  @Test
  void throttledAnswerIsEc2sRequestLimitExceeded() {
    FaultingProvider provider = throttled(FaultPlan.builder().ec2Throttling().build());
    deregisterUntilThrottled(provider, CALL);

    assertThatThrownBy(() -> provider.deregisterImage(CALL, IMAGE, false))
        .isInstanceOfSatisfying(AmiThrottledException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("RequestLimitExceeded");
          assertThat(e.retryable()).isTrue();
          assertThat(e.requestId()).isPresent();
        });
  }

  @Test
  void refillFactorFiftyRefillsTwoHundredFiftyPerSecond() {
    FaultingProvider provider = throttled(FaultPlan.builder().ec2Throttling().refillFactor(50).build());

    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(100);
    clock.advance(Duration.ofSeconds(1));

    // 250 refilled, but the bucket holds at most 100.
    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(100);
    clock.advance(Duration.ofMillis(200));
    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(50);
  }

  @Test
  void refillFactorOfTheRateTableIsHonouredToo() {
    FaultingProvider provider = throttled(FaultPlan.builder()
        .throttling(RateLimits.ec2Defaults().refillFactor(50)).build());
    deregisterUntilThrottled(provider, CALL);

    clock.advance(Duration.ofMillis(100));

    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(25);
  }

  @Test
  void aCompetingLoadTakesItsShareOfTheRefillButLeavesTheBurst() {
    // Others take 20 % of DeregisterImage's 250 per second: 200 per second are left.
    FaultingProvider provider = throttled(FaultPlan.builder().ec2Throttling().refillFactor(50).competingLoad(0.2).build());

    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(100);
    clock.advance(Duration.ofMillis(100));
    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(20);
    assertThat(provider.plan().competingLoad()).isEqualTo(0.2);
    assertThatThrownBy(() -> FaultPlan.builder().competingLoad(1.0))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("competingLoad");
  }

  @Test
  void fractionalRefillRatesAccumulate() {
    // Half of EC2's DeregisterImage bucket: 50 tokens, 2.5 per second.
    FaultingProvider provider = throttled(FaultPlan.builder().throttling(RateLimits.ec2Defaults().share(0.5)).build());

    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(50);
    clock.advance(Duration.ofSeconds(1));
    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(2);
    clock.advance(Duration.ofSeconds(1));
    assertThat(deregisterUntilThrottled(provider, CALL)).isEqualTo(3);
  }

  @Test
  void eachRegionHasItsOwnBuckets() {
    FaultingProvider provider = throttled(FaultPlan.builder().ec2Throttling().build());
    deregisterUntilThrottled(provider, CALL);

    assertThat(deregisterUntilThrottled(provider, Call.in(EU_WEST_1))).isEqualTo(100);
  }

  @Test
  void actionsShareTheirBucketAndOnlyIt() {
    FaultingProvider provider = throttled(FaultPlan.builder().ec2Throttling().build());
    // CreateImage and RegisterImage share the 50-token bucket of mutating actions.
    for (int i = 0; i < 30; i++) {
      provider.createImage(CALL, Requests.create());
    }
    int registered = 0;
    try {
      while (true) {
        provider.registerImage(CALL, Requests.register());
        registered++;
      }
    } catch (AmiThrottledException expected) {
      // the shared bucket is empty
    }
    deregisterUntilThrottled(provider, CALL);

    assertThat(registered).isEqualTo(20);
    assertThat(provider.describeImages(CALL, ImageQuery.all(), PageRequest.first()).items()).isEmpty();
    assertThat(backend.count("describeImages")).isEqualTo(1);
  }

  @Test
  void withoutThrottlingEveryCallPasses() {
    FaultingProvider provider = throttled(FaultPlan.none());

    for (int i = 0; i < 1_000; i++) {
      provider.deregisterImage(CALL, IMAGE, false);
    }

    assertThat(backend.count("deregisterImage")).isEqualTo(1_000);
    assertThat(provider.stats().throttledAnswers()).isZero();
  }
}
