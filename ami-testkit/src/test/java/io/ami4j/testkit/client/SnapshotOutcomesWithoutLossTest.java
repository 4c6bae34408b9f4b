package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.DeregistrationResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A snapshot that EC2 did not delete when its image was deregistered is reported as failed or
 * unknown, never as skipped, also when the answer of DeregisterImage was lost and the outcome had
 * to be established by asking the backend again.
 */
class SnapshotOutcomesWithoutLossTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final AccountId OTHER = AccountId.of("222222222222");
  private final FakeEc2 world = FakeEc2.create();
  private final FaultingProvider faulty = FaultingProvider.wrap(world.provider(), FaultPlan.none(), world.clock());
  private final AmiClient amis = world.clientBuilder().provider(faulty).retryPolicy(r -> r.seed(3)).build();

  @AfterEach
  void close() {
    amis.close();
    world.close();
  }

  /** An image of the default account whose root snapshot belongs to another account (shared with it). */
  private ImageId imageOnAForeignSnapshot(SnapshotId foreign, String name) {
    world.provider(OTHER).modifyVolumePermissions(Call.in(EAST), foreign,
        List.of(VolumePermission.account(FakeEc2.DEFAULT_ACCOUNT)), List.of());
    return register(foreign, name);
  }

  @Test
  void aSnapshotEc2FailedToDeleteIsReportedWithEc2sCode() {
    SnapshotId foreign = world.createSnapshot(OTHER, EAST, 8);
    ImageId image = imageOnAForeignSnapshot(foreign, "on-foreign-1");

    DeregistrationResult r = amis.deregister(image).deleteSnapshots().submit().await();

    assertThat(r.snapshots()).containsExactly(SnapshotDeletion.of(foreign, SnapshotOutcome.MISSING_PERMISSIONS));
    assertThat(r.failed()).containsExactly(foreign);
    assertThat(r.skipped()).isEmpty();
    assertThat(r.complete()).isFalse();
  }

  @Test
  void afterALostAnswerASnapshotStillThereAndUnusedIsNotReportedSkipped() {
    SnapshotId foreign = world.createSnapshot(OTHER, EAST, 8);
    ImageId image = imageOnAForeignSnapshot(foreign, "on-foreign-2");
    faulty.failNext(Ec2Action.DEREGISTER_IMAGE, FaultKind.LOST_ANSWER);

    DeregistrationResult r = amis.deregister(image).deleteSnapshots().submit().await();

    assertThat(faulty.stats().injected(FaultKind.LOST_ANSWER)).as("the answer was lost").isEqualTo(1);
    assertThat(world.image(EAST, image).map(Image::state)).hasValue(ImageState.DEREGISTERED);
    assertThat(world.allSnapshots(EAST)).anyMatch(s -> s.id().equals(foreign));
    assertThat(r.skipped()).isEmpty();
    assertThat(r.deleted()).isEmpty();
    assertThat(r.unknown()).containsExactly(foreign);
    assertThat(r.snapshots().get(0).unknownValues().get("outcome"))
        .startsWith("not deleted: still exists, and no other image uses it");
  }

  @Test
  void afterALostAnswerASnapshotAnotherImageUsesIsReportedSkipped() {
    SnapshotId shared = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
    ImageId first = register(shared, "shared-1");
    register(shared, "shared-2");
    faulty.failNext(Ec2Action.DEREGISTER_IMAGE, FaultKind.LOST_ANSWER);

    DeregistrationResult r = amis.deregister(first).deleteSnapshots().submit().await();

    assertThat(faulty.stats().injected(FaultKind.LOST_ANSWER)).as("the answer was lost").isEqualTo(1);
    assertThat(r.skipped()).containsExactly(shared);
    assertThat(r.unknown()).isEmpty();
  }

  @Test
  void cleanupReportsTheSameSnapshotAsFailedNotSkipped() {
    SnapshotId foreign = world.createSnapshot(OTHER, EAST, 8);
    ImageId image = imageOnAForeignSnapshot(foreign, "old-foreign");
    faulty.failNext(Ec2Action.DEREGISTER_IMAGE, FaultKind.LOST_ANSWER);

    CleanupResult report = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("old-foreign"))
        .keepLatest(0).deleteSnapshots().plan().submit().await();

    assertThat(faulty.stats().injected(FaultKind.LOST_ANSWER)).as("the answer was lost").isEqualTo(1);
    assertThat(report.deregistered()).extracting(CleanupResult.ImageResult::imageId).containsExactly(image);
    assertThat(report.snapshots()).singleElement().satisfies(s -> {
      assertThat(s.snapshotId()).isEqualTo(foreign);
      assertThat(s.outcome()).isEqualTo(CleanupResult.SnapshotOutcome.FAILED);
    });
  }

  private ImageId register(SnapshotId snap, String name) {
    ImageId id = world.provider().registerImage(Call.in(EAST), RegisterImageRequest.builder().name(name)
        .architecture(Architecture.X86_64).rootDeviceName("/dev/xvda")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(snap).build()))
        .build());
    world.clock().advance(Duration.ofMinutes(30));
    return id;
  }
}
