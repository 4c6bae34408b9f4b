package io.ami4j.testkit.assertions.custom;

import static io.ami4j.testkit.assertions.custom.TeamAssertions.assertThat;
import static io.ami4j.testkit.assertions.custom.TeamAssertions.assertThatFleet;
import static io.ami4j.testkit.assertions.custom.TeamAssertions.assertThatGolden;
import static io.ami4j.testkit.assertions.custom.TeamAssertions.assertThatPartnerSharing;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiClient;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.assertions.ImageAssert;
import io.ami4j.testkit.junit.AmiTest;
import io.ami4j.testkit.junit.WorldTiming;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Assertions a user writes on top of ami4j's, from another package, as AssertJ's are extended. */
class CustomAssertionsTest {
  private static final Image GOLDEN = Image.builder()
      .id(ImageId.of("ami-0123456789abcdef0")).name("golden-7").ownerId(AccountId.of("123456789012"))
      .creationDate(Instant.parse("2026-01-01T00:00:00Z")).state(ImageState.AVAILABLE)
      .architecture(Architecture.X86_64).rootDeviceType(RootDeviceType.EBS).putTags("golden", "true")
      .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda",
          EbsBlockDevice.builder().snapshotId(SnapshotId.of("snap-0123456789abcdef0")).encrypted(true).build()))
      .build();

  @Test
  void inheritedAndOwnChecksChainInAnyOrder() {
    // isAvailable() and hasName() are ami4j's; they return GoldenImageAssert, so isGolden() follows.
    assertThatGolden(GOLDEN).isAvailable().isGolden().hasName("golden-7").isOwnedBy("123456789012")
        .hasArchitecture(Architecture.X86_64);
  }

  @Test
  void ownChecksFailWithTheirOwnMessage() {
    assertThatThrownBy(() -> assertThatGolden(GOLDEN).isAvailable().isOwnedBy("999999999999"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected golden image <ami-0123456789abcdef0> to be owned by <999999999999> "
            + "but was <123456789012>");
  }

  @Test
  void inheritedChecksInsideAnOwnCheckFailWithAmi4jsMessage() {
    Image plain = Image.builder().from(GOLDEN).tags(java.util.Map.of()).build();
    assertThatThrownBy(() -> assertThatGolden(plain).isGolden())
        .hasMessage("Expected image <ami-0123456789abcdef0> to have tag <golden=true> but it has no tag <golden> "
            + "(tags: {})");
  }

  @Test
  void theTeamsEntryPointStillReachesAmi4jsOwn() {
    ImageAssert own = assertThat(GOLDEN);
    own.isAvailable().hasTag("golden", "true");
  }

  @Test
  void sharingChecksExtendToo() {
    List<LaunchPermission> grants = List.of(LaunchPermission.account("111122223333"));
    assertThatPartnerSharing(grants).isSharedWith(AccountId.of("111122223333")).isSharedWithAccountsOnly();
    List<LaunchPermission> wide = List.of(LaunchPermission.account("111122223333"), LaunchPermission.publicAccess());
    assertThatThrownBy(() -> assertThatPartnerSharing(wide).isPublic().isSharedWithAccountsOnly())
        .hasMessage("Expected image to be shared with accounts only but it was also shared with <[public:all]>");
  }

  @Nested
  @AmiTest(timing = WorldTiming.INSTANT)
  class OnTheWorld {
    @Test
    void instanceChecksExtendToo(AmiClient amis, FakeEc2 world) {
      SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, amis.region(), 8);
      Image image = amis.register().fromSnapshot(snap).named("fleet-base").architecture(Architecture.X86_64)
          .rootDevice("/dev/xvda").submit().await();
      Instance instance = amis.launch(image.id()).instanceType("t3.micro").tag("fleet", "web").submit().await()
          .get(0).instance();
      assertThatFleet(instance).isRunning().belongsToFleet("web").wasLaunchedFrom(image.id());
      assertThatThrownBy(() -> assertThatFleet(instance).belongsToFleet("batch"))
          .hasMessageContaining("to have tag <fleet=batch> but was <fleet=web>");
    }
  }
}
