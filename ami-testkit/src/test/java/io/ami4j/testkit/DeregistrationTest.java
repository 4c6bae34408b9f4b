package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiConflictException;
import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiStateException;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.spi.SnapshotQuery;
import io.ami4j.spi.PageRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeregistrationTest extends WorldFixture {
  private boolean snapshotExists(SnapshotId id) {
    return world.allSnapshots(US_EAST_1).stream().map(Snapshot::id).anyMatch(id::equals);
  }

  @Test
  void snapshotsOfARegisteredImageCannotBeDeleted() {
    ImageId id = ownImage("web-1");
    SnapshotId snap = describe(id).snapshotIds().get(0);
    assertThatThrownBy(() -> ec2.deleteSnapshot(east, snap)).isInstanceOf(AmiConflictException.class)
        .hasMessageContaining(id.value())
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidSnapshot.InUse"));
    ec2.deregisterImage(east, id, false);
    ec2.deleteSnapshot(east, snap);
    assertThat(snapshotExists(snap)).isFalse();
    assertThatThrownBy(() -> ec2.deleteSnapshot(east, snap))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidSnapshot.NotFound"));
  }

  @Test
  void deleteAssociatedSnapshotsReportsEachAndSkipsSharedOnes() {
    ImageId first = ownImage("web-1");
    SnapshotId snap = describe(first).snapshotIds().get(0);
    ImageId second = ec2.registerImage(east, RegisterImageRequest.builder().name("web-1-again").rootDeviceName("/dev/xvda")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(snap).build())).build());
    DeregisterImageAnswer r1 = ec2.deregisterImage(east, first, true);
    assertThat(r1.snapshots()).containsExactly(SnapshotDeletion.of(snap, SnapshotOutcome.SKIPPED));
    assertThat(snapshotExists(snap)).isTrue();
    DeregisterImageAnswer r2 = ec2.deregisterImage(east, second, true);
    assertThat(r2.snapshots()).containsExactly(SnapshotDeletion.of(snap, SnapshotOutcome.SUCCESS));
    assertThat(snapshotExists(snap)).isFalse();
  }

  @Test
  void deregisteredImageShowsBrieflyThenDisappears() {
    ImageId id = ownImage("web-1");
    ec2.deregisterImage(east, id, false);
    assertThat(describe(id).state()).isEqualTo(ImageState.DEREGISTERED);
    assertThat(mine()).extracting(i -> i.id()).contains(id);
    assertThatThrownBy(() -> ec2.runInstances(east, RunInstancesRequest.builder().imageId(id).instanceType("t3.micro").build()))
        .isInstanceOf(AmiStateException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidAMIID.Unavailable"));
    world.clock().advance(world.timing().deregisteredVisible());
    assertThatThrownBy(() -> describe(id)).isInstanceOf(AmiNotFoundException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidAMIID.NotFound"));
    assertThat(mine()).isEmpty();
    assertThat(world.image(US_EAST_1, id)).isEmpty();
  }

  @Test
  void forgottenImagesLoseTheirTagsAndFreeTheirSnapshots() {
    ImageId first = ownImage("web-1", java.util.Map.of("env", "prod"));
    SnapshotId snap = describe(first).snapshotIds().get(0);
    ec2.deregisterImage(east, first, false);
    world.clock().advance(world.timing().deregisteredVisible());
    assertThat(world.tagsOf(US_EAST_1, first.value())).isEmpty();
    assertThat(world.tags(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1)).noneMatch(t -> t.resourceId().equals(first.value()));
    ec2.deleteSnapshot(east, snap);
    assertThat(snapshotExists(snap)).isFalse();
  }

  @Test
  void theNameIsFreeAgainAfterDeregistration() {
    ImageId id = ownImage("web-1");
    ec2.deregisterImage(east, id, true);
    assertThat(ownImage("web-1")).isNotEqualTo(id);
  }

  @Test
  void createVolumePermissionSharesASnapshot() {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 8);
    var b = world.provider(ACCOUNT_B);
    assertThatThrownBy(() -> b.describeSnapshots(east, SnapshotQuery.byIds(List.of(snap)), PageRequest.first()))
        .isInstanceOf(AmiNotFoundException.class);
    ec2.modifyVolumePermissions(east, snap, List.of(VolumePermission.account(ACCOUNT_B)), List.of());
    assertThat(ec2.describeVolumePermissions(east, snap)).containsExactly(VolumePermission.account(ACCOUNT_B));
    assertThat(b.describeSnapshots(east, SnapshotQuery.byIds(List.of(snap)), PageRequest.first()).items())
        .extracting(Snapshot::id).containsExactly(snap);
    assertThatThrownBy(() -> b.deleteSnapshot(east, snap)).isInstanceOf(AmiException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("UnauthorizedOperation"));
    ec2.modifyVolumePermissions(east, snap, List.of(), List.of(VolumePermission.account(ACCOUNT_B)));
    assertThat(b.describeSnapshots(east, SnapshotQuery.builder().build(), PageRequest.first()).items())
        .extracting(Snapshot::id).doesNotContain(snap);
  }

  @Test
  void recycleBinKeepsTheImageAndItsSnapshotsUntilExit() {
    world.recycleBinRetention(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, Duration.ofDays(7));
    ImageId id = ownImage("web-1");
    SnapshotId snap = describe(id).snapshotIds().get(0);
    DeregisterImageAnswer r = ec2.deregisterImage(east, id, true);
    assertThat(r.snapshots()).containsExactly(SnapshotDeletion.of(snap, SnapshotOutcome.SKIPPED));
    assertThat(ec2.listImagesInRecycleBin(east, List.of(), PageRequest.first()).items())
        .singleElement().satisfies(i -> {
          assertThat(i.imageId()).isEqualTo(id);
          assertThat(i.exitTime()).isEqualTo(i.enterTime().plus(Duration.ofDays(7)));
        });
    assertThat(mine()).isEmpty();
    assertThatThrownBy(() -> ec2.deleteSnapshot(east, snap)).isInstanceOf(AmiConflictException.class);

    world.clock().advance(Duration.ofDays(3));
    ec2.restoreImageFromRecycleBin(east, id);
    assertThat(describe(id).state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(ec2.listImagesInRecycleBin(east, List.of(), PageRequest.first()).items()).isEmpty();

    ec2.deregisterImage(east, id, false);
    world.clock().advance(Duration.ofDays(7));
    assertThat(ec2.listImagesInRecycleBin(east, List.of(), PageRequest.first()).items()).isEmpty();
    assertThatThrownBy(() -> ec2.restoreImageFromRecycleBin(east, id)).isInstanceOf(AmiNotFoundException.class);
    ec2.deleteSnapshot(east, snap);
    assertThat(snapshotExists(snap)).isFalse();
  }
}
