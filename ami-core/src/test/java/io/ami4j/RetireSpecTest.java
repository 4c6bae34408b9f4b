package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.Images;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.ImageId;
import io.ami4j.spi.Ec2Action;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetireSpecTest {
  private final ClientFixture f = new ClientFixture();
  private final ImageId image = Images.id(1);

  RetireSpecTest() {
    for (Ec2Action a : new Ec2Action[] {Ec2Action.ENABLE_IMAGE_DEPRECATION, Ec2Action.DISABLE_IMAGE_DEPRECATION,
        Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION, Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION,
        Ec2Action.DISABLE_IMAGE, Ec2Action.ENABLE_IMAGE, Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN}) {
      f.provider.always(a, inv -> null);
    }
  }

  @Test
  void runsEachStepInOrderWithTheDeprecationTimeRoundedToTheMinute() {
    Instant at = f.clock.instant().plus(Duration.ofDays(30)).plusSeconds(42);
    RetireResult done = f.client.retire(image).deprecateAt(at).protect(true).disable().apply();
    assertThat(done.image()).isEqualTo(image);
    assertThat(done.actions()).containsExactly(Ec2Action.ENABLE_IMAGE_DEPRECATION,
        Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION, Ec2Action.DISABLE_IMAGE);
    assertThat(f.provider.calls(Ec2Action.ENABLE_IMAGE_DEPRECATION).get(0).<Instant>arg(1))
        .isEqualTo(at.minusSeconds(42));
    assertThat(f.provider.calls(Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION).get(0).<Boolean>arg(1)).isTrue();

    f.client.retire(image).restoreFromRecycleBin().enable().unprotect().undeprecate().apply();
    assertThat(f.provider.calls()).extracting(c -> c.action).endsWith(Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN,
        Ec2Action.ENABLE_IMAGE, Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION, Ec2Action.DISABLE_IMAGE_DEPRECATION);
  }

  @Test
  void aDeprecationInThePastOrBeyondTenYearsIsRefused() {
    assertThatThrownBy(() -> f.client.retire(image).deprecateAt(f.clock.instant().minus(Duration.ofHours(1))))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("past");
    assertThatThrownBy(() -> f.client.retire(image).deprecateAt(f.clock.instant().plus(Duration.ofDays(3700))))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("10 years");
  }

  @Test
  void aFailingStepStopsTheRestAndDryRunReportsIt() {
    f.provider.always(Ec2Action.DISABLE_IMAGE, ScriptedProvider.fail(new AmiStateException("IncorrectState",
        "The image is not available", null)));
    assertThatThrownBy(() -> f.client.retire(image).disable().protect(false).apply())
        .isInstanceOf(AmiStateException.class);
    assertThat(f.provider.calls(Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION)).isEmpty();

    f.provider.refuseDryRun(Ec2Action.DISABLE_IMAGE, new AmiStateException("IncorrectState", "not available", null));
    DryRunResult r = f.client.retire(image).protect(false).disable().dryRun();
    assertThat(r.allowed()).isFalse();
    assertThat(r.errorCode()).contains("IncorrectState");
  }
}
