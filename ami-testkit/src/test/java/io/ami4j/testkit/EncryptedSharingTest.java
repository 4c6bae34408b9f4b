package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiValidationException;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceState;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Images encrypted with the owner's AWS managed key cannot be used by other accounts (packer #3344). */
class EncryptedSharingTest extends WorldFixture {
  private final AmiProvider b = world.provider(ACCOUNT_B);

  private ImageId encryptedImage(String name, KmsKey key) {
    SnapshotId snap = world.createEncryptedSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 8, key);
    ImageId id = ec2.registerImage(east, RegisterImageRequest.builder().name(name).rootDeviceName("/dev/xvda")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(snap).build()))
        .build());
    world.clock().advance(world.timing().registerImage());
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    return id;
  }

  @Test
  void defaultKeyImagesFailForOtherAccounts() {
    ImageId id = encryptedImage("default-key", KmsKey.AWS_MANAGED_EBS);
    Instance launched = b.runInstances(east, RunInstancesRequest.builder().imageId(id).instanceType("t3.micro").build()).get(0);
    world.clock().advance(world.timing().instanceShuttingDown());
    Instance after = world.allInstances(US_EAST_1).stream().filter(i -> i.id().equals(launched.id())).findFirst().orElseThrow();
    assertThat(after.state()).isEqualTo(InstanceState.TERMINATED);
    assertThat(after.stateReason().orElseThrow().code()).isEqualTo("Client.InvalidKMSKey.InvalidState");

    ImageId copy = b.copyImage(west, CopyImageRequest.builder().sourceImageId(id).sourceRegion(US_EAST_1).name("my-copy").build());
    world.clock().advance(world.timing().copyImage());
    Image failed = describe(b, west, copy);
    assertThat(failed.state()).isEqualTo(ImageState.FAILED);
    assertThat(failed.stateReason().orElseThrow().message()).contains("alias/aws/ebs");

    SnapshotId snap = describe(id).snapshotIds().get(0);
    assertThatThrownBy(() -> ec2.modifyVolumePermissions(east, snap, List.of(VolumePermission.account(ACCOUNT_B)), List.of()))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("customer managed key");
  }

  @Test
  void customerManagedKeyImagesWorkForOtherAccounts() {
    ImageId id = encryptedImage("cmk", KmsKey.alias("alias/shared-ami"));
    Instance launched = b.runInstances(east, RunInstancesRequest.builder().imageId(id).instanceType("t3.micro").build()).get(0);
    world.clock().advance(world.timing().instancePending());
    assertThat(world.allInstances(US_EAST_1)).filteredOn(i -> i.id().equals(launched.id()))
        .extracting(Instance::state).containsExactly(InstanceState.RUNNING);
    ImageId copy = b.copyImage(west, CopyImageRequest.builder().sourceImageId(id).sourceRegion(US_EAST_1).name("my-copy")
        .encrypted(true).kmsKey(KmsKey.alias("alias/mine")).build());
    world.clock().advance(world.timing().copyImage());
    assertThat(describe(b, west, copy).state()).isEqualTo(ImageState.AVAILABLE);
  }
}
