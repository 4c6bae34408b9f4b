package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.cleanup.CleanupResult;
import io.ami4j.doubles.Images;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.model.ImageReferenceType;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeregisterSpecTest {
  private final ClientFixture f = new ClientFixture();
  private final ImageId image = f.put(Images.withSnapshots(Images.available(Images.id(1), "old", f.clock.instant()),
      Images.snap(1), Images.snap(2))).id();

  DeregisterSpecTest() {
    f.provider.always(Ec2Action.DEREGISTER_IMAGE, inv -> DeregisterImageAnswer.of(inv.arg(0), inv.<Boolean>arg(1)
        ? List.of(SnapshotDeletion.of(Images.snap(1), SnapshotOutcome.SUCCESS),
            SnapshotDeletion.of(Images.snap(2), SnapshotOutcome.SKIPPED))
        : List.of()));
    f.provider.always(Ec2Action.DESCRIBE_IMAGE_REFERENCES, inv -> Page.last(List.of()));
    f.provider.always(Ec2Action.DESCRIBE_INSTANCES, inv -> Page.last(List.of()));
  }

  @Test
  void deletesSnapshotsAndReportsEachOne() {
    DeregistrationResult r = f.await(f.client.deregister(image).deleteSnapshots().onlyIfUnused().submit());
    assertThat(r.deleted()).containsExactly(Images.snap(1));
    assertThat(r.notDeleted()).extracting(SnapshotDeletion::outcome).containsExactly(SnapshotOutcome.SKIPPED);
    assertThat(r.complete()).isFalse();
    assertThat(f.provider.calls(Ec2Action.DEREGISTER_IMAGE).get(0).<Boolean>arg(1)).isTrue();
  }

  @Test
  void anImageGoneAtTheFirstAttemptIsSettledByAskingTheBackendAsCleanupDoes() {
    // Someone else deregistered it between ami4j's look and its DeregisterImage.
    f.provider.once(Ec2Action.DEREGISTER_IMAGE, inv -> {
      f.images.remove(image);
      throw new AmiNotFoundException("InvalidAMIID.NotFound", "The image id '" + image + "' does not exist", null);
    });

    DeregistrationResult r = f.await(f.client.deregister(image).submit());

    assertThat(r.imageId()).isEqualTo(image);
    assertThat(r.kept()).containsExactly(Images.snap(1), Images.snap(2));
    assertThat(f.provider.count(Ec2Action.DEREGISTER_IMAGE)).isEqualTo(1L);
    assertThat(io.ami4j.internal.cleanup.Deregistrations.unclear(new AmiNotFoundException("InvalidAMIID.NotFound",
        "gone", null))).isTrue();
  }

  @Test
  void withoutDeleteSnapshotsTheReportNamesTheSnapshotsKept() {
    DeregistrationResult r = f.await(f.client.deregister(image).submit());
    assertThat(r.kept()).containsExactly(Images.snap(1), Images.snap(2));
    assertThat(r.snapshots()).isEmpty();
    assertThat(f.provider.calls(Ec2Action.DESCRIBE_IMAGE_REFERENCES)).isEmpty();
  }

  @Test
  void onlyIfUnusedRefusesNamingWhatUsesTheImage() {
    f.provider.always(Ec2Action.DESCRIBE_IMAGE_REFERENCES, inv -> Page.last(List.of(ImageReference.of(image,
        ImageReferenceType.EC2_LAUNCH_TEMPLATE, "arn:aws:ec2:us-east-1:111122223333:launch-template/lt-0abc"))));
    f.provider.always(Ec2Action.DESCRIBE_INSTANCES, inv -> Page.last(List.of(Instance.builder()
        .id(InstanceId.of("i-0123456789abcdef0")).imageId(image).state(InstanceState.STOPPED).instanceType("t3.micro")
        .launchTime(f.clock.instant()).build())));

    Pending<DeregistrationResult> p = f.client.deregister(image).deleteSnapshots().onlyIfUnused().submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));

    assertThatThrownBy(p::await).isInstanceOf(AmiConflictException.class)
        .hasMessageContaining("lt-0abc").hasMessageContaining("i-0123456789abcdef0");
    assertThat(f.provider.calls(Ec2Action.DEREGISTER_IMAGE)).isEmpty();
    assertThat(f.client.deregister(image).onlyIfUnused().dryRun().allowed()).isFalse();
  }

  @Test
  void aProtectedImageIsRefusedWithHowToUnprotectIt() {
    f.put(Image.builder(f.images.get(image)).deregistrationProtection("enabled-with-cooldown").build());
    Pending<DeregistrationResult> p = f.client.deregister(image).submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));
    assertThatThrownBy(p::await).isInstanceOf(AmiStateException.class).hasMessageContaining("unprotect()");
    assertThat(f.provider.calls(Ec2Action.DEREGISTER_IMAGE)).isEmpty();
  }

  @Test
  void dryRunAsksTheBackendAfterTheChecks() {
    assertThat(f.client.deregister(image).deleteSnapshots().dryRun().allowed()).isTrue();
    assertThat(f.provider.calls(Ec2Action.DEREGISTER_IMAGE)).isEmpty();
  }

  @Test
  void aFateEstablishedAfterAnUnclearAnswerIsNeverTurnedIntoSkipped() {
    io.ami4j.model.SnapshotId snap = Images.snap(1);
    java.util.function.Function<CleanupResult.SnapshotOutcome, SnapshotDeletion> map =
        o -> DeregisterSpec.deletion(new io.ami4j.internal.cleanup.Removal.Fate(snap, o, "why"));

    assertThat(map.apply(CleanupResult.SnapshotOutcome.DELETED).outcome()).isEqualTo(SnapshotOutcome.SUCCESS);
    assertThat(map.apply(CleanupResult.SnapshotOutcome.SKIPPED).outcome()).isEqualTo(SnapshotOutcome.SKIPPED);
    assertThat(DeregisterSpec.deletion(new io.ami4j.internal.cleanup.Removal.Fate(snap,
        CleanupResult.SnapshotOutcome.FAILED, "missing-permissions")).outcome())
        .isEqualTo(SnapshotOutcome.MISSING_PERMISSIONS);
    SnapshotDeletion failed = map.apply(CleanupResult.SnapshotOutcome.FAILED);
    assertThat(failed.outcome()).isEqualTo(SnapshotOutcome.UNKNOWN);
    assertThat(failed.unknownValues()).containsEntry("outcome", "not deleted: why");
    SnapshotDeletion unknown = map.apply(CleanupResult.SnapshotOutcome.UNKNOWN);
    assertThat(unknown.outcome()).isEqualTo(SnapshotOutcome.UNKNOWN);
    assertThat(unknown.unknownValues()).containsEntry("outcome", "unknown: why");
  }

  @Test
  void aSnapshotMissingFromEc2sAnswerIsReportedUnknownNotDropped() {
    f.provider.always(Ec2Action.DEREGISTER_IMAGE, inv -> DeregisterImageAnswer.of(inv.arg(0),
        List.of(SnapshotDeletion.of(Images.snap(1), SnapshotOutcome.SUCCESS))));

    DeregistrationResult r = f.await(f.client.deregister(image).deleteSnapshots().submit());

    assertThat(r.deleted()).containsExactly(Images.snap(1));
    assertThat(r.unknown()).containsExactly(Images.snap(2));
    assertThat(r.skipped()).isEmpty();
  }
}
