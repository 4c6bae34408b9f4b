package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.RegisterImageRequest;
import org.junit.jupiter.api.Test;

class RegisterImageTest extends WorldFixture {
  private RegisterImageRequest fromSnapshot(String name, SnapshotId snap, Integer size) {
    EbsBlockDevice.Builder ebs = EbsBlockDevice.builder().snapshotId(snap);
    if (size != null) {
      ebs.volumeSize(size);
    }
    return RegisterImageRequest.builder().name(name).rootDeviceName("/dev/xvda").architecture(Architecture.ARM64)
        .virtualizationType(VirtualizationType.HVM).enaSupport(true)
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", ebs.build())).build();
  }

  @Test
  void registersFromAnOwnCompletedSnapshot() {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 16);
    ImageId id = ec2.registerImage(east, fromSnapshot("from-snap", snap, null));
    assertThat(describe(id).state()).isEqualTo(ImageState.PENDING);
    world.clock().advance(world.timing().registerImage());
    Image image = describe(id);
    assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(image.architecture()).isEqualTo(Architecture.ARM64);
    assertThat(image.snapshotIds()).containsExactly(snap);
    assertThat(image.blockDeviceMappings().get(0).ebs().orElseThrow().volumeSize()).contains(16);
  }

  @Test
  void snapshotMustExistAndBeVisible() {
    assertThatThrownBy(() -> ec2.registerImage(east, fromSnapshot("nope", SnapshotId.of("snap-0123456789abcdef0"), null)))
        .isInstanceOf(AmiNotFoundException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidSnapshot.NotFound"));
    SnapshotId theirs = world.createSnapshot(ACCOUNT_B, US_EAST_1, 8);
    assertThatThrownBy(() -> ec2.registerImage(east, fromSnapshot("theirs", theirs, null)))
        .isInstanceOf(AmiNotFoundException.class);
    world.provider(ACCOUNT_B).modifyVolumePermissions(east, theirs,
        java.util.List.of(io.ami4j.model.VolumePermission.account(FakeEc2.DEFAULT_ACCOUNT)), java.util.List.of());
    assertThat(ec2.registerImage(east, fromSnapshot("theirs", theirs, null))).isNotNull();
  }

  @Test
  void volumeMustBeAtLeastTheSnapshot() {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 16);
    assertThatThrownBy(() -> ec2.registerImage(east, fromSnapshot("small", snap, 8)))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("expect size >= 16GB");
    assertThat(ec2.registerImage(east, fromSnapshot("big", snap, 32))).isNotNull();
  }

  @Test
  void snapshotStillPendingIsRefused() {
    ImageId created = ownImage("base-1");
    // A new image's snapshots are pending as long as the image is.
    var i = runningInstance();
    ImageId fresh = ec2.createImage(east, io.ami4j.spi.CreateImageRequest.builder().instanceId(i.id()).name("fresh").build());
    SnapshotId pending = describe(fresh).snapshotIds().get(0);
    assertThatThrownBy(() -> ec2.registerImage(east, fromSnapshot("too-early", pending, null)))
        .isInstanceOf(AmiException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("IncorrectState"));
    assertThat(created).isNotNull();
  }

  @Test
  void registersAnInstanceStoreManifestWithEc2Defaults() {
    ImageId id = ec2.registerImage(east, RegisterImageRequest.builder().name("s3-backed")
        .imageLocation("my-bucket/images/s3-backed.manifest.xml").build());
    world.clock().advance(world.timing().registerImage());
    Image image = describe(id);
    assertThat(image.rootDeviceType()).isEqualTo(RootDeviceType.INSTANCE_STORE);
    assertThat(image.imageLocation()).contains("my-bucket/images/s3-backed.manifest.xml");
    assertThat(image.architecture()).isEqualTo(Architecture.I386);
    assertThat(image.snapshotIds()).isEmpty();
  }
}
