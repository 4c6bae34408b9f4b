package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.Region;
import org.junit.jupiter.api.Test;

/** The context of one SPI call: region and dry run. */
class CallTest {
  private static final Region EU = Region.of("eu-west-1");

  @Test
  void aCallIsNotADryRunUntilAsked() {
    Call call = Call.in(EU);
    assertThat(call.region()).isEqualTo(EU);
    assertThat(call.dryRun()).isFalse();
    Call dry = call.asDryRun();
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.region()).isEqualTo(EU);
    assertThat(call.dryRun()).as("the original is unchanged").isFalse();
  }

  @Test
  void callsAreEqualByRegionAndDryRun() {
    assertThat(Call.in(EU)).isEqualTo(Call.in(Region.of("eu-west-1"))).hasSameHashCodeAs(Call.in(EU));
    assertThat(Call.in(EU)).isNotEqualTo(Call.in(EU).asDryRun()).isNotEqualTo(Call.in(Region.of("us-east-1")));
    assertThat(Call.in(EU).asDryRun()).isEqualTo(Call.in(EU).asDryRun());
    assertThat(Call.in(EU).asDryRun()).hasToString("eu-west-1 (dry run)");
    assertThat(Call.in(EU)).hasToString("eu-west-1");
  }

  @Test
  void anAttemptIsPartOfTheCall() {
    assertThat(Call.in(EU).attempt()).isEqualTo(1);
    Call third = Call.in(EU).asDryRun().attempt(3);
    assertThat(third.attempt()).isEqualTo(3);
    assertThat(third.dryRun()).isTrue();
    assertThat(third.asDryRun().attempt()).as("a dry run keeps its attempt").isEqualTo(3);
    assertThat(third).isNotEqualTo(Call.in(EU).asDryRun()).isEqualTo(Call.in(EU).asDryRun().attempt(3));
    assertThat(third).hasToString("eu-west-1 (dry run) (attempt 3)");
    assertRejected(() -> Call.in(EU).attempt(0), "attempt", "at least 1");
  }

  @Test
  void aRegionIsRequired() {
    assertRejected(() -> Call.in(null), "region", "must be given");
  }
}
