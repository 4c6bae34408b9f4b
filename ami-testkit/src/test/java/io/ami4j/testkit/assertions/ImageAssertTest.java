package io.ami4j.testkit.assertions;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.ProductCode;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.SnapshotId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImageAssertTest {
  private static final Instant DEPRECATION = Instant.parse("2026-06-01T00:00:00Z");
  private static final SnapshotId ROOT = SnapshotId.of("snap-0123456789abcdef0");
  private static final SnapshotId DATA = SnapshotId.of("snap-0123456789abcdef1");

  private static Image.Builder base() {
    return Image.builder()
        .id(ImageId.of("ami-0123456789abcdef0"))
        .name("web-1")
        .ownerId(AccountId.of("123456789012"))
        .creationDate(Instant.parse("2026-01-01T00:00:00Z"))
        .state(ImageState.AVAILABLE)
        .architecture(Architecture.X86_64)
        .rootDeviceType(RootDeviceType.EBS);
  }

  private static final Image GOLDEN = base()
      .putTags("env", "prod")
      .isPublic(true)
      .deprecationTime(DEPRECATION)
      .deregistrationProtection("enabled-with-cooldown")
      .addProductCodes(ProductCode.marketplace("abc123"))
      .addBlockDeviceMappings(
          BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(ROOT).encrypted(true).build()),
          BlockDeviceMapping.ebs("/dev/sdb", EbsBlockDevice.builder().snapshotId(DATA).encrypted(true).build()),
          BlockDeviceMapping.ephemeral("/dev/sdc", "ephemeral0"))
      .build();

  private static final Image PLAIN = base()
      .state(ImageState.PENDING)
      .architecture(Architecture.ARM64)
      .addBlockDeviceMappings(
          BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(ROOT).encrypted(true).build()),
          BlockDeviceMapping.ebs("/dev/sdb", EbsBlockDevice.builder().snapshotId(DATA).build()))
      .build();

  @Test
  void passesOnAMatchingImage() {
    assertThat(GOLDEN)
        .isAvailable()
        .hasState(ImageState.AVAILABLE)
        .hasName("web-1")
        .hasTag("env", "prod")
        .hasNoTag("team")
        .isPublic()
        .isDeprecated()
        .isDeprecatedAt(DEPRECATION)
        .isDeprecatedAt(DEPRECATION.plusSeconds(1))
        .isDeregistrationProtected()
        .hasProductCode("abc123")
        .hasArchitecture(Architecture.X86_64)
        .hasSnapshotCount(2)
        .isEncrypted();
    assertThat(PLAIN).isPending().isNotPublic().hasSnapshotCount(2).hasArchitecture(Architecture.ARM64);
  }

  @Test
  void stateMismatchNamesImageExpectedAndActualState() {
    assertThatThrownBy(() -> assertThat(PLAIN).isAvailable())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected image <ami-0123456789abcdef0> to have state <available> but was <pending>");
    assertThatThrownBy(() -> assertThat(GOLDEN).isPending())
        .hasMessage("Expected image <ami-0123456789abcdef0> to have state <pending> but was <available>");
    assertThatThrownBy(() -> assertThat(GOLDEN).hasState(ImageState.DEREGISTERED))
        .hasMessage("Expected image <ami-0123456789abcdef0> to have state <deregistered> but was <available>");
  }

  @Test
  void nameMismatch() {
    assertThatThrownBy(() -> assertThat(GOLDEN).hasName("web-2"))
        .hasMessage("Expected image <ami-0123456789abcdef0> to have name <web-2> but was <web-1>");
  }

  @Test
  void tagMismatches() {
    assertThatThrownBy(() -> assertThat(GOLDEN).hasTag("env", "dev"))
        .hasMessage("Expected image <ami-0123456789abcdef0> to have tag <env=dev> but was <env=prod>");
    assertThatThrownBy(() -> assertThat(PLAIN).hasTag("env", "prod"))
        .hasMessage("Expected image <ami-0123456789abcdef0> to have tag <env=prod> but it has no tag <env> (tags: {})");
    assertThatThrownBy(() -> assertThat(GOLDEN).hasNoTag("env"))
        .hasMessage("Expected image <ami-0123456789abcdef0> to have no tag <env> but was <env=prod>");
  }

  @Test
  void publicMismatches() {
    assertThatThrownBy(() -> assertThat(PLAIN).isPublic())
        .hasMessage("Expected image <ami-0123456789abcdef0> to be public but it was not");
    assertThatThrownBy(() -> assertThat(GOLDEN).isNotPublic())
        .hasMessage("Expected image <ami-0123456789abcdef0> not to be public but it was");
  }

  @Test
  void deprecationMismatches() {
    assertThatThrownBy(() -> assertThat(PLAIN).isDeprecated())
        .hasMessage("Expected image <ami-0123456789abcdef0> to be deprecated but it has no deprecation time");
    assertThatThrownBy(() -> assertThat(GOLDEN).isDeprecatedAt(DEPRECATION.minusSeconds(60)))
        .hasMessage("Expected image <ami-0123456789abcdef0> to be deprecated at <2026-05-31T23:59:00Z> "
            + "but its deprecation time was <2026-06-01T00:00:00Z>");
    assertThatThrownBy(() -> assertThat(PLAIN).isDeprecatedAt(DEPRECATION))
        .hasMessageEndingWith("but its deprecation time was <none>");
  }

  @Test
  void protectionMismatch() {
    assertThatThrownBy(() -> assertThat(PLAIN).isDeregistrationProtected())
        .hasMessage("Expected image <ami-0123456789abcdef0> to be protected from deregistration "
            + "but its protection was <disabled>");
  }

  @Test
  void productCodeMismatch() {
    assertThatThrownBy(() -> assertThat(GOLDEN).hasProductCode("zzz"))
        .hasMessage("Expected image <ami-0123456789abcdef0> to have product code <zzz> but had <[abc123]>");
  }

  @Test
  void architectureMismatch() {
    assertThatThrownBy(() -> assertThat(PLAIN).hasArchitecture(Architecture.X86_64))
        .hasMessage("Expected image <ami-0123456789abcdef0> to have architecture <x86_64> but was <arm64>");
  }

  @Test
  void snapshotCountMismatch() {
    assertThatThrownBy(() -> assertThat(GOLDEN).hasSnapshotCount(1))
        .hasMessageStartingWith("Expected image <ami-0123456789abcdef0> to have <1> snapshots but had <2>");
  }

  @Test
  void encryptionMismatches() {
    assertThatThrownBy(() -> assertThat(PLAIN).isEncrypted())
        .hasMessage("Expected image <ami-0123456789abcdef0> to be encrypted but these mappings were not: <[/dev/sdb]>");
    Image instanceStore = base().rootDeviceType(RootDeviceType.INSTANCE_STORE)
        .addBlockDeviceMappings(BlockDeviceMapping.ephemeral("/dev/sdb", "ephemeral0")).build();
    assertThatThrownBy(() -> assertThat(instanceStore).isEncrypted())
        .hasMessage("Expected image <ami-0123456789abcdef0> to be encrypted but it has no EBS mapping");
  }

  @Test
  void nullImageFails() {
    assertThatThrownBy(() -> assertThat((Image) null).isAvailable()).isInstanceOf(AssertionError.class);
  }
}
