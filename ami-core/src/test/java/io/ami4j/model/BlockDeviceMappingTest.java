package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mapping is exactly one of: an EBS volume, an instance-store volume, a suppressed device. */
class BlockDeviceMappingTest {
  private static final EbsBlockDevice EBS =
      EbsBlockDevice.builder().snapshotId(SnapshotId.of("snap-0123456789abcdef0")).build();
  private static final String RULE = "exactly one of an EBS volume, an ephemeral virtual name, or no-device";

  @Test
  void eachFactoryMakesOneKind() {
    BlockDeviceMapping ebs = BlockDeviceMapping.ebs("/dev/xvda", EBS);
    assertThat(ebs.ebs()).contains(EBS);
    assertThat(ebs.virtualName()).isEmpty();
    assertThat(ebs.noDevice()).isFalse();

    BlockDeviceMapping ephemeral = BlockDeviceMapping.ephemeral("/dev/sdb", "ephemeral3");
    assertThat(ephemeral.virtualName()).contains("ephemeral3");
    assertThat(ephemeral.ebs()).isEmpty();

    BlockDeviceMapping none = BlockDeviceMapping.noDevice("/dev/sdc");
    assertThat(none.noDevice()).isTrue();
    assertThat(none.ebs()).isEmpty();
    assertThat(none.virtualName()).isEmpty();
  }

  @Test
  void noKindAtAllIsRejected() {
    assertRejected(() -> ImmutableBlockDeviceMapping.builder().deviceName("/dev/sdb").build(),
        "blockDeviceMapping", RULE);
  }

  @Test
  void twoOrThreeKindsAreRejected() {
    assertRejected(() -> ImmutableBlockDeviceMapping.builder().deviceName("/dev/sdb").ebs(EBS)
        .virtualName("ephemeral0").build(), "blockDeviceMapping", RULE);
    assertRejected(() -> ImmutableBlockDeviceMapping.builder().deviceName("/dev/sdb").ebs(EBS)
        .noDevice(true).build(), "blockDeviceMapping", RULE);
    assertRejected(() -> ImmutableBlockDeviceMapping.builder().deviceName("/dev/sdb").virtualName("ephemeral0")
        .noDevice(true).build(), "blockDeviceMapping", RULE);
    assertRejected(() -> ImmutableBlockDeviceMapping.builder().deviceName("/dev/sdb").ebs(EBS)
        .virtualName("ephemeral0").noDevice(true).build(), "blockDeviceMapping", RULE);
  }

  @Test
  void theErrorNamesTheDevice() {
    var e = assertRejected(() -> ImmutableBlockDeviceMapping.builder().deviceName("/dev/sdq").build(),
        "blockDeviceMapping", RULE);
    assertThat(e.value()).isEqualTo("/dev/sdq");
  }

  @Test
  void mappingsAreValues() {
    assertThat(BlockDeviceMapping.ebs("/dev/xvda", EBS)).isEqualTo(BlockDeviceMapping.ebs("/dev/xvda", EBS))
        .isNotEqualTo(BlockDeviceMapping.ebs("/dev/xvdb", EBS));
  }
}
