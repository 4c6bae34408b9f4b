package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiStateException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.LaunchPermission;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetirementTest extends WorldFixture {
  @Test
  void protectionRefusesDeregistration() {
    ImageId id = ownImage("web-1");
    ec2.enableDeregistrationProtection(east, id, false);
    assertThat(describe(id).deregistrationProtection()).contains("enabled");
    assertThatThrownBy(() -> ec2.deregisterImage(east, id, false)).isInstanceOf(AmiException.class)
        .hasMessageContaining("deregistration protection")
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("OperationNotPermitted"));
    ec2.disableDeregistrationProtection(east, id);
    assertThat(describe(id).deregistrationProtection()).contains("disabled");
    ec2.deregisterImage(east, id, false);
    assertThat(describe(id).state()).isEqualTo(ImageState.DEREGISTERED);
  }

  @Test
  void cooldownKeepsItProtectedForADay() {
    ImageId id = ownImage("web-1");
    ec2.enableDeregistrationProtection(east, id, true);
    assertThat(describe(id).deregistrationProtection()).contains("enabled-with-cooldown");
    ec2.disableDeregistrationProtection(east, id);
    Instant until = world.clock().instant().plus(Duration.ofHours(24));
    assertThat(describe(id).deregistrationProtection()).contains("disabled-until-" + until);
    world.clock().advance(Duration.ofHours(23));
    assertThatThrownBy(() -> ec2.deregisterImage(east, id, false)).isInstanceOf(AmiException.class);
    world.clock().advance(Duration.ofHours(1));
    assertThat(describe(id).deregistrationProtection()).contains("disabled");
    ec2.deregisterImage(east, id, false);
  }

  @Test
  void deprecationIsRoundedAndBounded() {
    ImageId id = ownImage("web-1");
    Instant now = world.clock().instant();
    assertThatThrownBy(() -> ec2.enableImageDeprecation(east, id, now.minus(Duration.ofHours(1))))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("past");
    assertThatThrownBy(() -> ec2.enableImageDeprecation(east, id, now.plus(Duration.ofDays(3700))))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("10 years");
    Instant tomorrow = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(Duration.ofDays(1));
    ec2.enableImageDeprecation(east, id, tomorrow.plusSeconds(40));
    assertThat(describe(id).deprecationTime()).contains(tomorrow.plusSeconds(60));
    ec2.enableImageDeprecation(east, id, tomorrow.plusSeconds(29));
    assertThat(describe(id).deprecationTime()).contains(tomorrow);
    ec2.disableImageDeprecation(east, id);
    assertThat(describe(id).deprecationTime()).isEmpty();
  }

  @Test
  void deprecatedImagesLeaveListingsButStayUsableById() {
    ImageId id = ownImage("web-1");
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    ec2.enableImageDeprecation(east, id, world.clock().instant().plus(Duration.ofHours(1)));
    var b = world.provider(ACCOUNT_B);
    assertThat(list(b, east, ImageQuery.builder().name("web-1").build())).hasSize(1);
    world.clock().advance(Duration.ofHours(1).plusMinutes(1));
    assertThat(list(b, east, ImageQuery.builder().name("web-1").build())).isEmpty();
    assertThat(list(b, east, ImageQuery.builder().name("web-1").includeDeprecated(true).build())).hasSize(1);
    assertThat(describe(b, east, id).isDeprecatedAt(world.clock().instant())).isTrue();
    assertThat(b.runInstances(east, RunInstancesRequest.builder().imageId(id).instanceType("t3.micro").build())).hasSize(1);
    assertThat(mine()).as("the owner keeps seeing it").extracting(Image::id).contains(id);
  }

  @Test
  void disablingRemovesPermissionsHidesAndBlocksLaunch() {
    ImageId id = ownImage("web-1");
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    ec2.disableImage(east, id);
    assertThat(world.launchPermissions(US_EAST_1, id)).isEmpty();
    assertThat(mine()).isEmpty();
    assertThat(list(ec2, east, ImageQuery.builder().name("web-1").includeDisabled(true).build()))
        .singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(ImageState.DISABLED));
    assertThatThrownBy(() -> ec2.runInstances(east, RunInstancesRequest.builder().imageId(id).instanceType("t3.micro").build()))
        .isInstanceOf(AmiStateException.class);
    assertThatThrownBy(() -> describe(world.provider(ACCOUNT_B), east, id)).isInstanceOf(AmiNotFoundException.class);
    assertThatThrownBy(() -> ec2.disableImage(east, id))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("IncorrectState"));

    ec2.enableImage(east, id);
    assertThat(describe(id).state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(world.launchPermissions(US_EAST_1, id)).as("re-enabled images are private").isEmpty();
    assertThatThrownBy(() -> ec2.enableImage(east, id))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("IncorrectState"));
  }

  @Test
  void descriptionChanges() {
    ImageId id = ownImage("web-1");
    ec2.modifyImageDescription(east, id, "retired soon");
    assertThat(describe(id).description()).contains("retired soon");
    assertThatThrownBy(() -> world.provider(ACCOUNT_B).modifyImageDescription(east, al2023(), "mine"))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("AuthFailure"));
  }
}
