package io.ami4j;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.AccountId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.Unmapped;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The values that are Immutables values compare, hash and print as they always did: by value,
 * with the text messages and logs show, and with their factories' validation.
 */
class ValueSemanticsTest {
  private static final Region EU = Region.of("eu-west-1");

  @Test
  void waitPoliciesAreEqualByAllTheirSettings() {
    WaitPolicy a = WaitPolicy.builder().timeout(Duration.ofHours(2)).multiplier(2).build();
    assertThat(a).isEqualTo(WaitPolicy.builder().timeout(Duration.ofHours(2)).multiplier(2).build())
        .hasSameHashCodeAs(WaitPolicy.builder().timeout(Duration.ofHours(2)).multiplier(2).build())
        .isNotEqualTo(WaitPolicy.defaults())
        .isNotEqualTo(a.toBuilder().notFoundGrace(Duration.ZERO).build())
        .isEqualTo(a.toBuilder().build());
    assertThat(WaitPolicy.defaults())
        .hasToString("WaitPolicy[timeout=PT45M, interval=PT5S→PT1M ×1.5, notFoundGrace=PT5M]");
  }

  @Test
  void waitPoliciesStillValidateEachSetterAndTheWhole() {
    assertRejected(() -> WaitPolicy.builder().timeout(Duration.ZERO), "timeout", "greater than zero");
    assertRejected(() -> WaitPolicy.builder().multiplier(0.5), "multiplier", "between 1 and 10");
    assertRejected(() -> WaitPolicy.builder().initialInterval(Duration.ofMinutes(2)).build(), "initialInterval",
        "must not exceed maxInterval");
  }

  @Test
  void callsAreEqualByRegionDryRunAndAttemptAndPrintAsBefore() {
    assertThat(Call.in(EU).attempt(2)).isEqualTo(Call.in(Region.of("eu-west-1")).attempt(2))
        .isNotEqualTo(Call.in(EU)).isNotEqualTo(Call.in(EU).asDryRun().attempt(2))
        .hasToString("eu-west-1 (attempt 2)");
    assertThat(Call.in(EU).asDryRun()).hasToString("eu-west-1 (dry run)");
    assertThat(Call.in(EU)).hasToString("eu-west-1");
    assertRejected(() -> Call.in(null), "region", "must be given");
    assertRejected(() -> Call.in(EU).attempt(0), "attempt", "at least 1");
  }

  @Test
  void unmappedItemsKeepAnEmptyIdAsNoneAndPrintAsBefore() {
    assertThat(Unmapped.of("image", "", "no state")).isEqualTo(Unmapped.of("image", null, "no state"))
        .hasSameHashCodeAs(Unmapped.of("image", null, "no state"))
        .isNotEqualTo(Unmapped.of("image", "ami-1", "no state"))
        .hasToString("image without an id: no state");
    assertThat(Unmapped.of("image", "ami-1", "no state").id()).contains("ami-1");
    assertThat(Unmapped.of("snapshot", "snap-1", "no volume size")).hasToString("snapshot snap-1: no volume size");
    assertThatThrownBy(() -> Unmapped.of(null, "x", "y")).isInstanceOf(NullPointerException.class).hasMessage("kind");
  }

  @Test
  void namedConstantsStayTheValuesTheirFactoriesAnswer() {
    assertThat(Owner.of("self")).isSameAs(Owner.SELF);
    assertThat(Owner.of("amazon")).isEqualTo(Owner.AMAZON).hasToString("amazon");
    assertThat(Owner.of("123456789012")).isEqualTo(Owner.account(AccountId.of("123456789012")));
    assertThat(KmsKey.alias("aws/ebs")).isEqualTo(KmsKey.AWS_MANAGED_EBS).hasSameHashCodeAs(KmsKey.AWS_MANAGED_EBS);
    assertThat(Region.of("ap-south-1")).isLessThan(EU).hasToString("ap-south-1");
  }
}
