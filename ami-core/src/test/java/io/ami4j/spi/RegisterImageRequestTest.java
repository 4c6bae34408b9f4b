package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumeType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RegisterImage needs an S3 manifest, or the root device mapped to an EBS snapshot. */
class RegisterImageRequestTest {
  private static final SnapshotId ROOT = SnapshotId.of("snap-0123456789abcdef0");

  private static BlockDeviceMapping rootSnapshot(String device) {
    return BlockDeviceMapping.ebs(device, EbsBlockDevice.builder().snapshotId(ROOT).volumeType(VolumeType.GP3).build());
  }

  @Test
  void anEbsImageFromItsRootSnapshotIsAccepted() {
    RegisterImageRequest r = RegisterImageRequest.builder().name("golden").rootDeviceName("/dev/xvda")
        .architecture(Architecture.ARM64)
        .addBlockDeviceMappings(rootSnapshot("/dev/xvda"), BlockDeviceMapping.ephemeral("/dev/sdb", "ephemeral0"))
        .build();
    assertThat(r.imageLocation()).isEmpty();
    assertThat(r.blockDeviceMappings()).hasSize(2);
  }

  @Test
  void anInstanceStoreImageNeedsOnlyItsManifest() {
    RegisterImageRequest r = RegisterImageRequest.builder().name("legacy")
        .imageLocation("my-bucket/images/legacy.manifest.xml").build();
    assertThat(r.imageLocation()).contains("my-bucket/images/legacy.manifest.xml");
    assertThat(r.rootDeviceName()).isEmpty();
  }

  @Test
  void withoutManifestTheRootDeviceMustBeNamed() {
    assertRejected(() -> RegisterImageRequest.builder().name("golden")
            .addBlockDeviceMappings(rootSnapshot("/dev/xvda")).build(),
        "rootDeviceName", "register an EBS-backed image", "imageLocation");
  }

  @Test
  void withoutManifestTheRootDeviceMustBeMappedToASnapshot() {
    // nothing mapped
    assertRejected(() -> RegisterImageRequest.builder().name("golden").rootDeviceName("/dev/xvda").build(),
        "blockDeviceMappings", "must map the root device to an EBS snapshot");
    // the snapshot is on another device
    assertRejected(() -> RegisterImageRequest.builder().name("golden").rootDeviceName("/dev/xvda")
            .addBlockDeviceMappings(rootSnapshot("/dev/sdf")).build(),
        "blockDeviceMappings", "must map the root device to an EBS snapshot");
    // the root device is an empty EBS volume
    assertRejected(() -> RegisterImageRequest.builder().name("golden").rootDeviceName("/dev/xvda")
            .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda",
                EbsBlockDevice.builder().volumeSize(8).build())).build(),
        "blockDeviceMappings", "must map the root device to an EBS snapshot");
    // the root device is instance store
    assertRejected(() -> RegisterImageRequest.builder().name("golden").rootDeviceName("/dev/xvda")
            .addBlockDeviceMappings(BlockDeviceMapping.ephemeral("/dev/xvda", "ephemeral0")).build(),
        "blockDeviceMappings", "must map the root device to an EBS snapshot");
  }

  @Test
  void manifestsAndRootDeviceNamesAreChecked() {
    assertRejected(() -> RegisterImageRequest.builder().name("legacy").imageLocation("my-bucket/legacy.img").build(),
        "imageLocation", ".manifest.xml");
    assertRejected(() -> RegisterImageRequest.builder().name("legacy").imageLocation("legacy.manifest.xml").build(),
        "imageLocation", "BUCKET/KEY");
    assertRejected(() -> RegisterImageRequest.builder().name("golden").rootDeviceName("xvda1/")
            .addBlockDeviceMappings(rootSnapshot("/dev/xvda")).build(),
        "rootDeviceName", "device name");
  }

  @Test
  void tagsAreChecked() {
    assertRejected(() -> RegisterImageRequest.builder().name("legacy")
            .imageLocation("my-bucket/legacy.manifest.xml").putAllTags(Map.of("aws:owner", "me")).build(),
        "tag key", "must not start with 'aws:'");
  }
}
