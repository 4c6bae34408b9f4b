package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ami4j.gen.Cases;
import io.ami4j.gen.ReportSeed;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EC2's published token buckets, and the arithmetic of sharing and speeding them up. */
@ExtendWith(ReportSeed.class)
class RateLimitsTest {
  /** EC2-FACTS "Throttling": capacity and refill per second, by action. */
  private static final Map<Ec2Action, double[]> PUBLISHED = Map.of(
      Ec2Action.DESCRIBE_IMAGES, new double[] {100, 20},
      Ec2Action.CREATE_IMAGE, new double[] {50, 5},
      Ec2Action.REGISTER_IMAGE, new double[] {50, 5},
      Ec2Action.COPY_IMAGE, new double[] {100, 1},
      Ec2Action.DEREGISTER_IMAGE, new double[] {100, 5},
      Ec2Action.MODIFY_IMAGE_ATTRIBUTE, new double[] {100, 5},
      Ec2Action.CREATE_TAGS, new double[] {100, 10},
      Ec2Action.DELETE_TAGS, new double[] {100, 10},
      Ec2Action.DELETE_SNAPSHOT, new double[] {100, 5},
      Ec2Action.RUN_INSTANCES, new double[] {5, 2});

  @Test
  void theDefaultsAreEc2sPublishedBuckets() {
    RateLimits ec2 = RateLimits.ec2Defaults();
    PUBLISHED.forEach((action, limit) -> {
      assertThat(ec2.of(action).capacity()).as("capacity of %s", action).isEqualTo(limit[0]);
      assertThat(ec2.of(action).refillPerSecond()).as("refill of %s", action).isEqualTo(limit[1]);
    });
  }

  @Test
  void everyDescribeActionSharesTheDescribeBucket() {
    RateLimits ec2 = RateLimits.ec2Defaults();
    for (Ec2Action a : Ec2Action.values()) {
      if (a.wireName().startsWith("Describe") || a.wireName().startsWith("List")
          || a.wireName().startsWith("GetImage")) {
        assertThat(a.bucket()).as("%s", a).isEqualTo(Ec2Action.Bucket.DESCRIBE);
        assertThat(ec2.of(a).capacity()).isEqualTo(100);
        assertThat(ec2.of(a).refillPerSecond()).isEqualTo(20);
      }
    }
  }

  @Test
  void everyActionHasALimitInEveryTable() {
    for (Ec2Action a : Ec2Action.values()) {
      assertThat(RateLimits.ec2Defaults().of(a)).as("%s", a).isNotNull();
      assertThat(RateLimits.unlimited().of(a).capacity()).as("%s", a).isGreaterThanOrEqualTo(1e9);
    }
  }

  static Stream<Arguments> fraction() {
    return Cases.of(g -> g.aboveZeroUpTo(1.0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.0, 0.5, 0.2, 0.01, Double.MIN_VALUE})
  @MethodSource("fraction")
  void aShareScalesCapacityAndRefillButNeverBelowOneToken(double f) {
    RateLimits ec2 = RateLimits.ec2Defaults();
    RateLimits share = ec2.share(f);
    for (Ec2Action.Bucket b : Ec2Action.Bucket.values()) {
      assertThat(share.of(b).capacity()).isCloseTo(Math.max(1, ec2.of(b).capacity() * f), within(1e-9));
      assertThat(share.of(b).refillPerSecond()).isCloseTo(ec2.of(b).refillPerSecond() * f, within(1e-9));
    }
  }

  @Test
  void halfOfRunInstancesIsTwoAndAHalfTokensAndATenthStillOne() {
    RateLimits ec2 = RateLimits.ec2Defaults();
    assertThat(ec2.share(0.5).of(Ec2Action.RUN_INSTANCES).capacity()).isEqualTo(2.5);
    assertThat(ec2.share(0.5).of(Ec2Action.RUN_INSTANCES).refillPerSecond()).isEqualTo(1.0);
    assertThat(ec2.share(0.1).of(Ec2Action.RUN_INSTANCES).capacity()).isEqualTo(1.0);
    assertThat(ec2.share(0.1).of(Ec2Action.DEREGISTER_IMAGE).refillPerSecond()).isCloseTo(0.5, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {1_000.0, 1.0, 0.001, Double.MIN_VALUE})
  @MethodSource("factor")
  void aRefillFactorScalesOnlyTheRefill(double factor) {
    RateLimits ec2 = RateLimits.ec2Defaults();
    RateLimits fast = ec2.refillFactor(factor);
    for (Ec2Action.Bucket b : Ec2Action.Bucket.values()) {
      assertThat(fast.of(b).capacity()).isEqualTo(ec2.of(b).capacity());
      assertThat(fast.of(b).refillPerSecond()).isCloseTo(ec2.of(b).refillPerSecond() * factor, within(1e-6));
    }
  }

  static Stream<Arguments> factor() {
    return Cases.of(g -> g.aboveZeroUpTo(1_000.0));
  }

  @Test
  void derivedTablesLeaveTheOriginalUnchanged() {
    RateLimits ec2 = RateLimits.ec2Defaults();
    ec2.share(0.25);
    ec2.refillFactor(50);
    ec2.with(Ec2Action.Bucket.COPY_IMAGE, 7, 3);
    assertThat(ec2.of(Ec2Action.COPY_IMAGE).capacity()).isEqualTo(100);
    assertThat(ec2.of(Ec2Action.COPY_IMAGE).refillPerSecond()).isEqualTo(1);
  }

  @Test
  void withReplacesOneBucketOnly() {
    RateLimits changed = RateLimits.ec2Defaults().with(Ec2Action.Bucket.COPY_IMAGE, 7, 3);
    assertThat(changed.of(Ec2Action.COPY_IMAGE).capacity()).isEqualTo(7);
    assertThat(changed.of(Ec2Action.COPY_IMAGE).refillPerSecond()).isEqualTo(3);
    assertThat(changed.of(Ec2Action.DESCRIBE_IMAGES).capacity()).isEqualTo(100);
  }

  @Test
  void invalidArgumentsAreRejected() {
    RateLimits ec2 = RateLimits.ec2Defaults();
    for (double bad : new double[] {0, -0.5, 1.0001, 2, Double.NaN}) {
      assertRejected(() -> ec2.share(bad), "share", "greater than 0 and at most 1");
    }
    for (double bad : new double[] {0, -1, Double.NaN}) {
      assertRejected(() -> ec2.refillFactor(bad), "refillFactor", "greater than 0");
    }
    assertRejected(() -> ec2.with(Ec2Action.Bucket.TAGS, 0.5, 1), "capacity", "at least 1");
    assertRejected(() -> ec2.with(Ec2Action.Bucket.TAGS, 10, 0), "refillPerSecond", "greater than 0");
  }
}
