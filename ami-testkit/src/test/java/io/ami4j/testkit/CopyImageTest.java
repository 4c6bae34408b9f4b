package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiConflictException;
import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyImageTest extends WorldFixture {
  private CopyImageRequest.Builder copyOf(ImageId id, String name) {
    return CopyImageRequest.builder().sourceImageId(id).sourceRegion(US_EAST_1).name(name);
  }

  private Snapshot snapshot(ImageId image) {
    SnapshotId sid = world.image(EU_WEST_1, image).orElseThrow().snapshotIds().get(0);
    return world.allSnapshots(EU_WEST_1).stream().filter(s -> s.id().equals(sid)).findFirst().orElseThrow();
  }

  @Test
  void copyIntoAnotherRegionMakesNewSnapshotsAndTakesTheCopyTime() {
    ImageId source = ownImage("web-1", Map.of("env", "prod"));
    ImageId copy = ec2.copyImage(west, copyOf(source, "web-1").copyImageTags(true).putTags("copied", "yes").build());
    Image pending = describe(ec2, west, copy);
    assertThat(pending.state()).isEqualTo(ImageState.PENDING);
    assertThat(pending.sourceImageId()).contains(source);
    assertThat(pending.sourceImageRegion()).contains(US_EAST_1);
    assertThat(pending.tags()).containsEntry("env", "prod").containsEntry("copied", "yes");
    assertThat(pending.snapshotIds()).doesNotContainAnyElementsOf(describe(source).snapshotIds());
    assertThat(snapshot(copy).encrypted()).isFalse();
    world.clock().advance(world.timing().copyImage());
    assertThat(describe(ec2, west, copy).state()).isEqualTo(ImageState.AVAILABLE);
  }

  @Test
  void tagsAreNotCopiedUnlessAsked() {
    ImageId source = ownImage("web-1", Map.of("env", "prod"));
    ImageId copy = ec2.copyImage(west, copyOf(source, "web-1").build());
    assertThat(describe(ec2, west, copy).tags()).isEmpty();
  }

  @Test
  void encryptionWithAKeyAndAnEncryptedSourceStaysEncrypted() {
    ImageId source = ownImage("web-1");
    KmsKey key = KmsKey.alias("alias/ami");
    ImageId encrypted = ec2.copyImage(west, copyOf(source, "web-enc").encrypted(true).kmsKey(key).build());
    assertThat(snapshot(encrypted).encrypted()).isTrue();
    // EC2 names the key by its ARN, whatever name the request gave it.
    KmsKey arn = ec2.describeKey(west, key).arn();
    assertThat(arn.value()).startsWith("arn:aws:kms:eu-west-1:").contains(":key/");
    assertThat(snapshot(encrypted).kmsKey()).contains(arn);
    world.clock().advance(world.timing().copyImage());
    // Copying the encrypted copy back without asking for encryption cannot make it unencrypted.
    ImageId back = ec2.copyImage(east, CopyImageRequest.builder().sourceImageId(encrypted).sourceRegion(EU_WEST_1)
        .name("web-back").build());
    SnapshotId sid = describe(back).snapshotIds().get(0);
    Snapshot snap = world.allSnapshots(US_EAST_1).stream().filter(s -> s.id().equals(sid)).findFirst().orElseThrow();
    assertThat(snap.encrypted()).isTrue();
    assertThat(describe(back).blockDeviceMappings().get(0).ebs().orElseThrow().encrypted()).contains(true);
  }

  @Test
  void clientTokenMakesTheCopyIdempotent() {
    ImageId source = ownImage("web-1");
    CopyImageRequest request = copyOf(source, "web-1").clientToken("token-1").build();
    ImageId first = ec2.copyImage(west, request);
    int mark = world.mutations().size();
    assertThat(ec2.copyImage(west, request)).isEqualTo(first);
    assertThat(world.mutations().since(mark)).isEmpty();
    assertThatThrownBy(() -> ec2.copyImage(west, copyOf(source, "web-2").clientToken("token-1").build()))
        .isInstanceOf(AmiConflictException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("IdempotentParameterMismatch"));
    // Without a token, a second copy with the same name is a duplicate name.
    assertThatThrownBy(() -> ec2.copyImage(west, copyOf(source, "web-1").build()))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidAMIName.Duplicate"));
  }

  @Test
  void aTokenReplayedAfterItsCopyWasDeregisteredAnswersTheDeregisteredCopy() {
    ImageId source = ownImage("web-1");
    CopyImageRequest request = copyOf(source, "web-1").clientToken("token-gone").build();
    ImageId first = ec2.copyImage(west, request);
    world.clock().advance(world.timing().copyImage());
    ec2.deregisterImage(west, first, true);
    world.clock().advance(world.timing().deregisteredVisible().plusMinutes(1));

    // EC2 keeps the token's answer: the same id, now gone, and no new image.
    int mark = world.mutations().size();
    assertThat(ec2.copyImage(west, request)).isEqualTo(first);
    assertThat(world.mutations().since(mark)).isEmpty();
    // A new token makes a new copy; the deregistered copy no longer holds the name.
    ImageId again = ec2.copyImage(west, copyOf(source, "web-1").clientToken("token-new").build());
    assertThat(again).isNotEqualTo(first);
  }

  @Test
  void sourceMustBeVisibleAndAvailable() {
    ImageId source = ownImage("web-1");
    var b = world.provider(ACCOUNT_B);
    assertThatThrownBy(() -> b.copyImage(west, copyOf(source, "stolen").build()))
        .isInstanceOf(AmiNotFoundException.class);
    ec2.modifyLaunchPermissions(east, source, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    ImageId theirCopy = b.copyImage(west, copyOf(source, "shared-copy").build());
    assertThat(world.image(EU_WEST_1, theirCopy).orElseThrow().ownerId()).isEqualTo(ACCOUNT_B);

    var i = runningInstance();
    ImageId pending = ec2.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name("pending-1").build());
    assertThatThrownBy(() -> ec2.copyImage(west, copyOf(pending, "too-early").build()))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("IncorrectState"));
  }

  @Test
  void atMostAHundredCopiesAtOnceIntoARegion() {
    ImageId source = ownImage("web-1");
    for (int n = 0; n < 100; n++) {
      ec2.copyImage(west, copyOf(source, "copy-" + n).build());
    }
    assertThatThrownBy(() -> ec2.copyImage(west, copyOf(source, "copy-100").build()))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("ResourceLimitExceeded"));
    world.clock().advance(world.timing().copyImage());
    assertThat(ec2.copyImage(west, copyOf(source, "copy-100").build())).isNotNull();
  }

  @Test
  void copyingACatalogImageWorks() {
    ImageId copy = ec2.copyImage(west, copyOf(al2023(), "my-al2023").build());
    world.clock().advance(world.timing().copyImage());
    Image image = describe(ec2, west, copy);
    assertThat(image.ownerId()).isEqualTo(FakeEc2.DEFAULT_ACCOUNT);
    assertThat(image.ownerAlias()).isEmpty();
    assertThat(image.isPublic()).isFalse();
    assertThat(image.imdsSupport()).isEqualTo(describe(al2023()).imdsSupport());
  }
}
