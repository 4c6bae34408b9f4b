package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.EAST;
import static io.ami4j.testkit.bake.BakeWorld.SOUTH;
import static io.ami4j.testkit.bake.BakeWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiBakeFailedException;
import io.ami4j.AmiImageFailedException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStage;
import io.ami4j.bake.BakeStageResult.Outcome;
import io.ami4j.Pending;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.StateReason;
import io.ami4j.testkit.Timing;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every way a bake can fail, each checked against the world's own state: the builder is
 * terminated, and no image or snapshot is left that the report does not name.
 */
class BakeFailureTest {
  private static final LaunchPermission PARTNER = LaunchPermission.account(AccountId.of("222222222222"));

  private static AmiBakeFailedException failure(Pending<BakeResult> p) {
    AmiBakeFailedException e = catchThrowableOfType(AmiBakeFailedException.class, p::await);
    assertThat(e).as("the bake's failure").isNotNull();
    assertThat(p.state()).isEqualTo(Pending.State.FAILED);
    return e;
  }

  private static void assertFailedAt(BakeResult r, BakeStage stage) {
    assertThat(r.succeeded()).isFalse();
    assertThat(r.failedStage()).contains(stage);
    assertThat(r.stage(stage).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.stage(BakeStage.CLEANUP).outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.image()).isEmpty();
    assertThat(r.copies()).isEmpty();
    r.stages().stream().filter(s -> s.stage().ordinal() > stage.ordinal() && s.stage() != BakeStage.CLEANUP)
        .forEach(s -> assertThat(s.outcome()).as("%s", s.stage()).isEqualTo(Outcome.NOT_RUN));
  }

  @Test
  void launchOfAMissingBaseImageFailsAndMakesNothing() {
    try (BakeWorld w = new BakeWorld()) {
      AmiBakeFailedException e = failure(w.amis.bake(ImageId.of("ami-0123456789abcdef0")).userData(BakeWorld.SCRIPT)
          .named("web-{date}").submit());

      assertThat(e.stage()).isEqualTo(BakeStage.LAUNCH);
      assertThat(e.getCause()).isInstanceOf(AmiNotFoundException.class);
      assertThat(e.errorCode()).isEqualTo("InvalidAMIID.NotFound");
      assertFailedAt(e.result(), BakeStage.LAUNCH);
      assertThat(e.result().made()).isEmpty();
      assertThat(w.world.allInstances(EAST)).isEmpty();
      w.assertNothingLeftBehind(e.result());
    }
  }

  @Test
  void launchRefusedByEc2LeavesNoInstance() {
    Sabotage s = new Sabotage().fail("runInstances", null, "InsufficientInstanceCapacity");
    try (BakeWorld w = new BakeWorld(Timing.defaults(), s::wrap)) {
      AmiBakeFailedException e = failure(w.bake().submit());

      assertThat(e.stage()).isEqualTo(BakeStage.LAUNCH);
      assertThat(e.errorCode()).isEqualTo("InsufficientInstanceCapacity");
      assertFailedAt(e.result(), BakeStage.LAUNCH);
      assertThat(w.world.allInstances(EAST)).isEmpty();
      w.assertNothingLeftBehind(e.result());
    }
  }

  @Test
  void failingUserDataNeverStopsTheBuilderWhichIsTerminatedAtTheDeadline() {
    try (BakeWorld w = new BakeWorld()) {
      w.world.failNextUserData();
      AmiBakeFailedException e = failure(w.bake().customizeTimeout(Duration.ofMinutes(20)).submit());

      assertThat(e.stage()).isEqualTo(BakeStage.CUSTOMIZE);
      assertThat(e.getCause()).isInstanceOf(AmiTimeoutException.class);
      assertThat(e.getMessage()).contains("did not power it off within PT20M");
      BakeResult r = e.result();
      assertFailedAt(r, BakeStage.CUSTOMIZE);
      assertThat(r.stage(BakeStage.CUSTOMIZE).duration()).isGreaterThanOrEqualTo(Duration.ofMinutes(20));
      BakeResource builder = r.stage(BakeStage.LAUNCH).made().get(0);
      assertThat(r.stage(BakeStage.CLEANUP).cleanedUp()).containsExactly(builder);
      w.assertNothingLeftBehind(r);
      assertThat(w.world.allInstances(EAST)).singleElement()
          .satisfies(i -> assertThat(i.state()).isEqualTo(InstanceState.TERMINATED));
    }
  }

  @Test
  void aScriptSlowerThanTheDeadlineEndsTheBake() {
    Timing slow = Timing.builder().userDataRunTime(Duration.ofHours(2)).build();
    try (BakeWorld w = new BakeWorld(slow, p -> p)) {
      AmiBakeFailedException e = failure(w.bake().customizeTimeout(Duration.ofMinutes(45)).submit());

      assertThat(e.stage()).isEqualTo(BakeStage.CUSTOMIZE);
      assertThat(e.errorCode()).isEqualTo(AmiTimeoutException.CODE);
      assertFailedAt(e.result(), BakeStage.CUSTOMIZE);
      w.assertNothingLeftBehind(e.result());
    }
  }

  @Test
  void aFailedImageIsDeregisteredWithItsSnapshots() {
    try (BakeWorld w = new BakeWorld()) {
      w.world.failImagesNamed("web-*", StateReason.of("Client.InternalError", "Client.InternalError: snapshot failed"));
      AmiBakeFailedException e = failure(w.bake().submit());

      assertThat(e.stage()).isEqualTo(BakeStage.CREATE_IMAGE);
      assertThat(e.getCause()).isInstanceOf(AmiImageFailedException.class);
      BakeResult r = e.result();
      assertFailedAt(r, BakeStage.CREATE_IMAGE);
      ImageId failed = ((AmiImageFailedException) e.getCause()).image().id();
      BakeResource image = BakeResource.of(BakeResource.Kind.IMAGE, failed.value(), EAST);
      assertThat(r.stage(BakeStage.CREATE_IMAGE).made()).contains(image);
      assertThat(r.stage(BakeStage.CREATE_IMAGE).made()).anyMatch(m -> m.kind() == BakeResource.Kind.SNAPSHOT);
      assertThat(r.stage(BakeStage.CLEANUP).cleanedUp()).contains(image);
      assertThat(w.mySnapshots(EAST)).isEmpty();
      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void aFailedCopyRollsBackTheImageAndEveryCopy() {
    try (BakeWorld w = new BakeWorld()) {
      // The next image after the bake's own is its first copy: make that one fail.
      AmiBakeFailedException e = failure(w.bake().copyTo(WEST, SOUTH).listener(ev -> {
        if (BakeStage.of(ev).orElse(null) == BakeStage.CREATE_IMAGE && ev.state().equals("succeeded")) {
          w.world.failNextImage(StateReason.of("Client.CopyFailed", "Client.CopyFailed: snapshot copy failed"));
        }
      }).submit());

      assertThat(e.stage()).isEqualTo(BakeStage.COPY);
      BakeResult r = e.result();
      assertFailedAt(r, BakeStage.COPY);
      assertThat(r.stage(BakeStage.CREATE_IMAGE).outcome()).isEqualTo(Outcome.SUCCEEDED);
      assertThat(r.stage(BakeStage.CLEANUP).cleanedUp()).filteredOn(c -> c.kind() == BakeResource.Kind.IMAGE)
          .extracting(BakeResource::region).contains(EAST, WEST);
      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void aRefusedCopyRollsBackTheImageAndTheCopiesAlreadyStarted() {
    Sabotage s = new Sabotage().fail("copyImage", SOUTH, "InvalidParameterValue");
    try (BakeWorld w = new BakeWorld(Timing.defaults(), s::wrap)) {
      AmiBakeFailedException e = failure(w.bake().copyTo(WEST, SOUTH).submit());

      assertThat(e.stage()).isEqualTo(BakeStage.COPY);
      assertThat(e.errorCode()).isEqualTo("InvalidParameterValue");
      assertFailedAt(e.result(), BakeStage.COPY);
      w.assertNothingLeftBehind(e.result());
    }
  }

  @Test
  void aRefusedShareRollsBackTheImageAndItsCopies() {
    Sabotage s = new Sabotage().fail("modifyLaunchPermissions", WEST, "InvalidAMIAttributeItemValue");
    try (BakeWorld w = new BakeWorld(Timing.defaults(), s::wrap)) {
      AmiBakeFailedException e = failure(w.bake().copyTo(WEST).shareWith(PARTNER).submit());

      assertThat(e.stage()).isEqualTo(BakeStage.SHARE);
      BakeResult r = e.result();
      assertFailedAt(r, BakeStage.SHARE);
      assertThat(r.stage(BakeStage.COPY).outcome()).isEqualTo(Outcome.SUCCEEDED);
      assertThat(r.stage(BakeStage.CLEANUP).cleanedUp()).filteredOn(c -> c.kind() == BakeResource.Kind.IMAGE)
          .hasSize(2);
      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void aRefusedProtectionUnprotectsWhatWasProtectedAndRollsBack() {
    Sabotage s = new Sabotage().fail("enableDeregistrationProtection", WEST, "UnauthorizedOperation");
    try (BakeWorld w = new BakeWorld(Timing.defaults(), s::wrap)) {
      AmiBakeFailedException e = failure(w.bake().copyTo(WEST).deprecateAfter(Duration.ofDays(30)).protect(false)
          .submit());

      assertThat(e.stage()).isEqualTo(BakeStage.RETIRE_SETTINGS);
      assertFailedAt(e.result(), BakeStage.RETIRE_SETTINGS);
      // The image in us-east-1 was protected before the copy's protection was refused.
      assertThat(w.world.allImages(EAST)).filteredOn(i -> i.ownerId().equals(BakeWorld.ME))
          .allSatisfy(i -> assertThat(i.isDeregistrationProtected()).isFalse());
      w.assertNothingLeftBehind(e.result());
    }
  }

  @Test
  void protectionWithCooldownThatCannotBeUndoneIsReportedAsLeftBehind() {
    Sabotage s = new Sabotage().fail("enableDeregistrationProtection", WEST, "UnauthorizedOperation");
    try (BakeWorld w = new BakeWorld(Timing.defaults(), s::wrap)) {
      AmiBakeFailedException e = failure(w.bake().copyTo(WEST).protect(true).submit());

      BakeResult r = e.result();
      assertThat(r.stage(BakeStage.CLEANUP).outcome()).isEqualTo(Outcome.FAILED);
      // The image in us-east-1 stays protected for 24 hours, and so its snapshot stays in use.
      assertThat(r.leftBehind().keySet()).extracting(BakeResource::kind)
          .containsExactlyInAnyOrder(BakeResource.Kind.IMAGE, BakeResource.Kind.SNAPSHOT);
      assertThat(r.leftBehind().keySet()).extracting(BakeResource::region).containsOnly(EAST);
      assertThat(r.leftBehind().values()).anyMatch(why -> why.contains("protection"));
      // What is still in the world is exactly what the report names as left behind.
      assertThat(w.myImages(EAST)).extracting(i -> BakeResource.of(BakeResource.Kind.IMAGE, i.id().value(), EAST))
          .containsExactlyElementsOf(r.leftBehind().keySet().stream()
              .filter(k -> k.kind() == BakeResource.Kind.IMAGE).collect(java.util.stream.Collectors.toList()));
      assertThat(w.mySnapshots(EAST)).extracting(x -> BakeResource.of(BakeResource.Kind.SNAPSHOT, x.id().value(), EAST))
          .containsExactlyElementsOf(r.leftBehind().keySet().stream()
              .filter(k -> k.kind() == BakeResource.Kind.SNAPSHOT).collect(java.util.stream.Collectors.toList()));
      assertThat(w.myImages(WEST)).isEmpty();
      assertThat(w.mySnapshots(WEST)).isEmpty();
      w.settle();
      assertThat(w.world.allInstances(EAST)).allSatisfy(i -> assertThat(i.state()).isEqualTo(InstanceState.TERMINATED));
    }
  }
}
