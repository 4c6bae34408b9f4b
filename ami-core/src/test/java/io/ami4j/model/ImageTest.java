package io.ami4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The helpers of {@link Image} that users decide by: snapshots, deprecation, protection, billing, platform. */
class ImageTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final SnapshotId ROOT = SnapshotId.of("snap-0123456789abcdef0");
  private static final SnapshotId DATA = SnapshotId.of("snap-0fedcba9876543210");

  static Image.Builder image() {
    return Image.builder().id(ImageId.of("ami-0123456789abcdef0")).name("web").ownerId(AccountId.of("123456789012"))
        .creationDate(NOW.minusSeconds(3_600)).state(ImageState.AVAILABLE).architecture(Architecture.X86_64)
        .rootDeviceType(RootDeviceType.EBS);
  }

  @Test
  void snapshotIdsFollowTheEbsMappingsInOrderAndSkipTheOthers() {
    Image img = image().addBlockDeviceMappings(
        BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(ROOT).build()),
        BlockDeviceMapping.ephemeral("/dev/sdb", "ephemeral0"),
        BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.builder().volumeSize(100).build()),
        BlockDeviceMapping.noDevice("/dev/sdc"),
        BlockDeviceMapping.ebs("/dev/sdg", EbsBlockDevice.builder().snapshotId(DATA).build())).build();
    assertThat(img.snapshotIds()).containsExactly(ROOT, DATA);
    assertThat(image().build().snapshotIds()).isEmpty();
  }

  @Test
  void deprecatedFromItsDeprecationTimeOn() {
    Image img = image().deprecationTime(NOW).build();
    assertThat(img.isDeprecatedAt(NOW.minusMillis(1))).isFalse();
    assertThat(img.isDeprecatedAt(NOW)).isTrue();
    assertThat(img.isDeprecatedAt(NOW.plusSeconds(86_400))).isTrue();
    assertThat(image().build().isDeprecatedAt(NOW)).as("never deprecated").isFalse();
  }

  @Test
  void protectedWhenEnabledWithOrWithoutCooldown() {
    assertThat(image().deregistrationProtection("enabled").build().isDeregistrationProtected()).isTrue();
    assertThat(image().deregistrationProtection("enabled-with-cooldown").build().isDeregistrationProtected())
        .isTrue();
    assertThat(image().deregistrationProtection("disabled").build().isDeregistrationProtected()).isFalse();
    assertThat(image().deregistrationProtection("disabled-until-2026-11-28T10:00:00Z").build()
        .isDeregistrationProtected()).as("switched off").isFalse();
    assertThat(image().build().isDeregistrationProtected()).isFalse();
  }

  @Test
  void aCooldownKeepsProtectingUntilItRunsOut() {
    Instant end = NOW.plusSeconds(86_400);
    Image cooling = image().deregistrationProtection("disabled-until-" + end).build();
    assertThat(cooling.isDeregistrationProtectedAt(NOW)).isTrue();
    assertThat(cooling.isDeregistrationProtectedAt(end.minusMillis(1))).isTrue();
    assertThat(cooling.isDeregistrationProtectedAt(end)).isFalse();
    assertThat(image().deregistrationProtection("disabled-until-2026-11-28T10:00:00.000Z").build()
        .isDeregistrationProtectedAt(NOW)).as("with milliseconds").isTrue();
    assertThat(image().deregistrationProtection("disabled-until-tomorrow").build().isDeregistrationProtectedAt(NOW))
        .as("an unreadable end is assumed still running").isTrue();
    assertThat(image().deregistrationProtection("enabled-with-cooldown").build().isDeregistrationProtectedAt(NOW))
        .isTrue();
    assertThat(image().deregistrationProtection("disabled").build().isDeregistrationProtectedAt(NOW)).isFalse();
    assertThat(image().build().isDeregistrationProtectedAt(NOW)).isFalse();
  }

  @Test
  void paidWhenItCarriesAProductCode() {
    assertThat(image().build().isPaid()).isFalse();
    Image paid = image().addProductCodes(ProductCode.marketplace("abcdefghijklmnopqrstuvwxy")).build();
    assertThat(paid.isPaid()).isTrue();
    assertThat(paid.productCodes().get(0).type()).isEqualTo(ProductCodeType.MARKETPLACE);
  }

  @Test
  void windowsByItsPlatformOnly() {
    assertThat(image().platform("windows").build().isWindows()).isTrue();
    assertThat(image().platform("Windows").build().isWindows()).isTrue();
    assertThat(image().build().isWindows()).isFalse();
    assertThat(image().platformDetails("Windows with SQL Server").build().isWindows())
        .as("platform details alone do not make it Windows").isFalse();
  }

  @Test
  void defaultsAreThoseOfEc2() {
    Image img = image().build();
    assertThat(img.imageType()).isEqualTo(ImageType.MACHINE);
    assertThat(img.virtualizationType()).isEqualTo(VirtualizationType.HVM);
    assertThat(img.isPublic()).isFalse();
    assertThat(img.enaSupport()).isFalse();
  }

  @Test
  void copyOfKeepsEveryValueAndChangesOnlyWhatIsSet() {
    Image img = image().putTags("env", "prod").deprecationTime(NOW).build();
    Image disabled = Image.builder(img).state(ImageState.DISABLED).build();
    assertThat(disabled.state()).isEqualTo(ImageState.DISABLED);
    assertThat(disabled.tags()).containsEntry("env", "prod");
    assertThat(disabled.deprecationTime()).contains(NOW);
    assertThat(Image.builder(img).build()).isEqualTo(img);
  }
}
