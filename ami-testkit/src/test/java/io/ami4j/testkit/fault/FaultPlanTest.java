package io.ami4j.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiValidationException;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

  @Test
  void noneInjectsNothing() {
    FaultPlan plan = FaultPlan.none();

    assertThat(plan.throttling()).isEmpty();
    for (FaultKind k : FaultKind.values()) {
      assertThat(plan.probability(k)).isZero();
    }
    assertThat(plan.scriptedFault(Ec2Action.DESCRIBE_IMAGES, 1)).isEmpty();
    assertThat(plan.latencyMin()).isEmpty();
  }

  @Test
  void refillFactorScalesTheThrottlingTable() {
    FaultPlan plan = FaultPlan.builder().ec2Throttling().refillFactor(50).build();

    RateLimits.Limit deregister = plan.throttling().orElseThrow().of(Ec2Action.DEREGISTER_IMAGE);
    assertThat(deregister.capacity()).isEqualTo(100);
    assertThat(deregister.refillPerSecond()).isEqualTo(250);
  }

  @Test
  void scriptedCallsAndFirstCallsAreKeptApart() {
    FaultPlan plan = FaultPlan.builder()
        .failCall(Ec2Action.DESCRIBE_IMAGES, 3, FaultKind.UNAVAILABLE)
        .failNext(Ec2Action.CREATE_IMAGE, FaultKind.INTERNAL_ERROR, FaultKind.LOST_ANSWER)
        .build();

    assertThat(plan.scriptedFault(Ec2Action.DESCRIBE_IMAGES, 2)).isEmpty();
    assertThat(plan.scriptedFault(Ec2Action.DESCRIBE_IMAGES, 3)).contains(FaultKind.UNAVAILABLE);
    assertThat(plan.scriptedFault(Ec2Action.CREATE_IMAGE, 1)).contains(FaultKind.INTERNAL_ERROR);
    assertThat(plan.scriptedFault(Ec2Action.CREATE_IMAGE, 2)).contains(FaultKind.LOST_ANSWER);
    assertThat(plan.scriptedFault(Ec2Action.CREATE_IMAGE, 3)).isEmpty();
  }

  @Test
  void aLagWindowAloneMakesEveryNewImageLag() {
    assertThat(FaultPlan.builder().consistencyLag(Duration.ZERO, Duration.ofSeconds(3)).build()
        .probability(FaultKind.CONSISTENCY_LAG)).isEqualTo(1.0);
    assertThat(FaultPlan.builder().probability(FaultKind.CONSISTENCY_LAG, 0.1).build()
        .consistencyLagMax()).isEqualTo(FaultPlan.DEFAULT_LAG_MAX);
  }

  @Test
  void rejectsImpossibleSettings() {
    assertThatThrownBy(() -> FaultPlan.builder().failCall(Ec2Action.CREATE_IMAGE, 0, FaultKind.INTERNAL_ERROR))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("nth");
    assertThatThrownBy(() -> FaultPlan.builder().probability(FaultKind.UNAVAILABLE, 1.5))
        .isInstanceOf(AmiValidationException.class);
    assertThatThrownBy(() -> FaultPlan.builder().probability(FaultKind.UNAVAILABLE, 0.6)
        .probability(FaultKind.INTERNAL_ERROR, 0.6))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("at most 1");
    assertThatThrownBy(() -> FaultPlan.builder().consistencyLag(Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .isInstanceOf(AmiValidationException.class);
    assertThatThrownBy(() -> FaultPlan.builder().refillFactor(0))
        .isInstanceOf(AmiValidationException.class);
  }
}
