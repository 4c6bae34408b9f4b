package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.Images;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.InstanceId;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Ec2Action;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreateImageSpecTest {
  private static final InstanceId INSTANCE = InstanceId.of("i-0123456789abcdef0");
  private final ClientFixture f = new ClientFixture();

  /** CreateImage "makes" a pending image that becomes available 4 minutes later. */
  private ScriptedProvider.Answer makes(ImageId id) {
    return inv -> {
      CreateImageRequest req = inv.arg(0);
      Instant now = f.clock.instant();
      f.put(Images.image(id, req.name(), ImageState.PENDING, now).sourceInstanceId(req.instanceId()).build());
      f.scheduler.schedule(() -> f.images.computeIfPresent(id,
          (k, i) -> Image.builder(i).state(ImageState.AVAILABLE).build()), 4, java.util.concurrent.TimeUnit.MINUTES);
      return id;
    };
  }

  @Test
  void createsAnImageAndAwaitsItAvailableReportingEachStateChange() {
    f.provider.always(Ec2Action.CREATE_IMAGE, makes(Images.id(1)));
    Pending<Image> p = f.client.create().fromInstance(INSTANCE).named("web-2026-11-27").description("web")
        .noReboot().tag("env", "prod").tagSnapshots().snapshotTag("kind", "root").submit();

    assertThat(p.state()).isEqualTo(Pending.State.RUNNING);
    Image image = f.await(p);

    assertThat(image.id()).isEqualTo(Images.id(1));
    assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(p.state()).isEqualTo(Pending.State.SUCCEEDED);
    CreateImageRequest sent = f.provider.calls(Ec2Action.CREATE_IMAGE).get(0).arg(0);
    assertThat(sent.noReboot()).isTrue();
    assertThat(sent.imageTags()).containsEntry("env", "prod").hasSize(1);
    assertThat(sent.snapshotTags()).containsEntry("env", "prod").containsEntry("kind", "root");
    assertThat(f.events).extracting(ProgressEvent::state).containsExactly("requested", "pending", "available");
    assertThat(f.events.get(2).elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(4));
    assertThat(p.lastProgress()).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo("available"));
  }

  @Test
  void aRetryAfterALostAnswerResolvesTheDuplicateNameToTheImageTheLostAttemptMade() {
    // The first CreateImage succeeds on the backend but its answer is lost (a 503 to the client).
    ScriptedProvider.Answer made = makes(Images.id(2));
    f.provider.once(Ec2Action.CREATE_IMAGE, inv -> {
      made.answer(inv);
      throw new AmiBackendException("Unavailable", "connection reset", null);
    });
    f.provider.once(Ec2Action.CREATE_IMAGE, inv -> {
      throw new AmiConflictException("InvalidAMIName.Duplicate", "AMI name web-1 is already in use by AMI "
          + Images.id(2), "req-dup");
    });

    Image image = f.await(f.client.create().fromInstance(INSTANCE).named("web-1").submit());

    assertThat(image.id()).isEqualTo(Images.id(2));
    assertThat(f.provider.count(Ec2Action.CREATE_IMAGE)).isEqualTo(2);
    assertThat(f.images).hasSize(1);
  }

  @Test
  void aDuplicateNameWithoutALostAnswerIsAConflict() {
    f.put(Images.image(Images.id(3), "web-1", ImageState.AVAILABLE, f.clock.instant()).sourceInstanceId(INSTANCE).build());
    f.provider.always(Ec2Action.CREATE_IMAGE, ScriptedProvider.fail(new AmiConflictException(
        "InvalidAMIName.Duplicate", "AMI name web-1 is already in use", null)));

    Pending<Image> p = f.client.create().fromInstance(INSTANCE).named("web-1").submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));
    assertThatThrownBy(p::await).isInstanceOf(AmiConflictException.class).hasMessageContaining("already in use");
    assertThat(p.state()).isEqualTo(Pending.State.FAILED);
  }

  @Test
  void aLostAnswerWhoseNameBelongsToAnotherInstancesImageIsStillAConflict() {
    f.put(Images.image(Images.id(4), "web-1", ImageState.AVAILABLE, f.clock.instant())
        .sourceInstanceId(InstanceId.of("i-0fedcba9876543210")).build());
    f.provider.once(Ec2Action.CREATE_IMAGE, ScriptedProvider.fail(new AmiBackendException("InternalError", "x", null)));
    f.provider.once(Ec2Action.CREATE_IMAGE, ScriptedProvider.fail(new AmiConflictException(
        "InvalidAMIName.Duplicate", "in use", null)));

    Pending<Image> p = f.client.create().fromInstance(INSTANCE).named("web-1").submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));
    assertThatThrownBy(p::await).isInstanceOf(AmiConflictException.class)
        .hasMessageContaining("not made by this request");
  }

  @Test
  void aMissingNameIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> f.client.create().fromInstance(INSTANCE).submit())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("named");
    assertThat(f.provider.calls()).isEmpty();
  }

  @Test
  void dryRunAsksTheBackendAndMakesNothing() {
    DryRunResult ok = f.client.create().fromInstance(INSTANCE).named("web-1").dryRun();
    assertThat(ok.allowed()).isTrue();
    assertThat(f.provider.calls()).singleElement().satisfies(c -> assertThat(c.call.dryRun()).isTrue());

    f.provider.refuseDryRun(Ec2Action.CREATE_IMAGE,
        new AmiPermissionDeniedException("UnauthorizedOperation", "not allowed to CreateImage", null));
    DryRunResult no = f.client.create().fromInstance(INSTANCE).named("web-1").dryRun();
    assertThat(no.allowed()).isFalse();
    assertThat(no.errorCode()).contains("UnauthorizedOperation");
    assertThat(f.images).isEmpty();
  }

  @Test
  void awaitWithAShortLimitSaysTheOperationGoesOn() {
    f.provider.always(Ec2Action.CREATE_IMAGE, makes(Images.id(5)));
    Pending<Image> p = f.client.create().fromInstance(INSTANCE).named("web-5").submit();
    assertThatThrownBy(() -> p.await(Duration.ofMillis(1))).isInstanceOf(AmiTimeoutException.class)
        .hasMessageContaining("still running");
    assertThat(p.state()).isEqualTo(Pending.State.RUNNING);
    assertThat(p.cancel()).isTrue();
    assertThat(p.state()).isEqualTo(Pending.State.CANCELLED);
    long polls = f.provider.count(Ec2Action.DESCRIBE_IMAGES);
    f.scheduler.advance(Duration.ofMinutes(10));
    assertThat(f.provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(polls);
  }

  @Test
  void waitingStopsAtTheDeadlineOfTheWaitPolicy() {
    try (AmiClient c = AmiClient.builder().provider(f.provider).region(ClientFixture.REGION).clock(f.clock)
        .scheduler(f.scheduler).waitPolicy(w -> w.timeout(Duration.ofMinutes(20))).build()) {
      f.provider.always(Ec2Action.CREATE_IMAGE, inv -> {
        f.put(Images.image(Images.id(6), "slow", ImageState.PENDING, f.clock.instant()).build());
        return Images.id(6);
      });
      Instant start = f.clock.instant();
      Pending<Image> p = c.create().fromInstance(INSTANCE).named("slow").submit();
      f.scheduler.drive(p.completion().handle((v, e) -> v));
      assertThatThrownBy(p::await).isInstanceOf(AmiTimeoutException.class).hasMessageContaining("pending");
      assertThat(Duration.between(start, f.clock.instant())).isEqualTo(Duration.ofMinutes(20));
    }
  }
}
