package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ami4j.AmiDryRunException;
import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.Image;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.KeyManager;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.CopyImageRequest;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Sharing as users rely on it: launch permissions for an account, an organization and an OU
 * (add, remove, describe, reset), what the other account can and cannot do with a shared image,
 * the recipient's cancel, public sharing under the account's block-public-access guard, and
 * volume permissions on snapshots.
 */
public abstract class SharingContract extends ContractSupport {
  /** For subclasses. */
  protected SharingContract() {}

  private List<LaunchPermission> permissions(ImageId id) {
    return owner().describeLaunchPermissions(call(), id);
  }

  private void awaitVisibility(ImageId id, boolean visible) {
    eventually().until("image " + id + (visible ? " to be visible" : " to be hidden") + " to the other account",
        () -> visibleTo(other(), id), v -> v == visible);
  }

  @Test
  @DisplayName("an image shared with an account: listed as granted, visible and launchable there, then revoked")
  void shareWithAnAccount() {
    Image image = availableImage("share-account");
    LaunchPermission grant = LaunchPermission.account(environment().otherAccount());
    assertThat(permissions(image.id())).as("launch permissions of a new image").isEmpty();
    assertThat(visibleTo(other(), image.id())).as("a private image, seen by another account").isFalse();

    owner().modifyLaunchPermissions(call(), image.id(), List.of(grant), List.of());

    assertThat(permissions(image.id())).containsExactly(grant);
    awaitVisibility(image.id(), true);
    Instance launched = launch(other(), launchOf(image.id()).build()).get(0);
    assertThat(launched.imageId()).isEqualTo(image.id());

    owner().modifyLaunchPermissions(call(), image.id(), List.of(), List.of(grant));

    assertThat(permissions(image.id())).isEmpty();
    awaitVisibility(image.id(), false);
  }

  @Test
  @DisplayName("the other account lists an image shared with it by executable-by self")
  void sharedImagesAreListedAsExecutable() {
    Image image = availableImage("share-listed");
    ImageQuery.Builder query = ImageQuery.builder();
    query.addExecutableBy("self").name(image.name());
    assertThat(items(imagePages(other(), environment().region(), query.build(), 100))).isEmpty();

    owner().modifyLaunchPermissions(call(), image.id(),
        List.of(LaunchPermission.account(environment().otherAccount())), List.of());

    List<Image> listed = eventually().until("the image to be listed as executable",
        () -> items(imagePages(other(), environment().region(), query.build(), 100)), l -> !l.isEmpty());
    assertThat(listed).extracting(Image::id).containsExactly(image.id());
    assertThat(listed.get(0).ownerId()).isEqualTo(environment().ownerAccount());
  }

  @Test
  @DisplayName("the account an image is shared with cannot change it: a permission error")
  void recipientCannotModify() {
    Image image = availableImage("share-readonly");
    LaunchPermission grant = LaunchPermission.account(environment().otherAccount());
    owner().modifyLaunchPermissions(call(), image.id(), List.of(grant), List.of());
    awaitVisibility(image.id(), true);

    AmiPermissionDeniedException denied = assertEc2Error(AmiPermissionDeniedException.class, null,
        () -> other().modifyLaunchPermissions(call(), image.id(),
            List.of(LaunchPermission.publicAccess()), List.of()));
    assertThat(denied.errorCode()).isIn("AuthFailure", "UnauthorizedOperation");
    assertEc2Error(AmiPermissionDeniedException.class, null,
        () -> other().modifyImageDescription(call(), image.id(), "not yours"));

    assertThat(permissions(image.id())).containsExactly(grant);
    assertThat(image(image.id()).isPublic()).isFalse();
    assertThat(image(image.id()).description()).isEqualTo(image.description());
  }

  @Test
  @DisplayName("an image shared with the other account's organization is visible there until revoked")
  void shareWithAnOrganization() {
    OrganizationArn org = environment().otherAccountOrganization().orElse(null);
    assumeTrue(org != null, "the backend models no organization for the other account");
    grantVisibleUntilRevoked("share-org", LaunchPermission.organization(org));
  }

  @Test
  @DisplayName("an image shared with the other account's organizational unit is visible there until revoked")
  void shareWithAnOrganizationalUnit() {
    OrganizationalUnitArn ou = environment().otherAccountOrganizationalUnit().orElse(null);
    assumeTrue(ou != null, "the backend models no organizational unit for the other account");
    grantVisibleUntilRevoked("share-ou", LaunchPermission.organizationalUnit(ou));
  }

  /** Grants one permission, sees the image from the other account, revokes it, sees it go. */
  private void grantVisibleUntilRevoked(String name, LaunchPermission grant) {
    Image image = availableImage(name);

    owner().modifyLaunchPermissions(call(), image.id(), List.of(grant), List.of());

    assertThat(permissions(image.id())).containsExactly(grant);
    awaitVisibility(image.id(), true);
    owner().modifyLaunchPermissions(call(), image.id(), List.of(), List.of(grant));
    assertThat(permissions(image.id())).isEmpty();
    awaitVisibility(image.id(), false);
  }

  @Test
  @DisplayName("ResetImageAttribute removes every grant at once")
  void resetRemovesEveryGrant() {
    Image image = availableImage("share-reset");
    LaunchPermission account = LaunchPermission.account(environment().otherAccount());
    List<LaunchPermission> grants = environment().otherAccountOrganization()
        .map(org -> List.of(account, LaunchPermission.organization(org)))
        .orElse(List.of(account));
    owner().modifyLaunchPermissions(call(), image.id(), grants, List.of());
    assertThat(permissions(image.id())).containsExactlyInAnyOrderElementsOf(grants);

    owner().resetLaunchPermissions(call(), image.id());

    assertThat(permissions(image.id())).isEmpty();
    awaitVisibility(image.id(), false);
  }

  @Test
  @DisplayName("the recipient can cancel a share: the grant is gone for the owner too")
  void recipientCancelsTheShare() {
    Image image = availableImage("share-cancel");
    LaunchPermission grant = LaunchPermission.account(environment().otherAccount());
    owner().modifyLaunchPermissions(call(), image.id(), List.of(grant), List.of());
    awaitVisibility(image.id(), true);

    other().cancelImageLaunchPermission(call(), image.id());

    eventually().untilAsserted("the grant to be removed",
        () -> assertThat(permissions(image.id())).doesNotContain(grant));
    awaitVisibility(image.id(), false);
  }

  @Test
  @DisplayName("block public access: enabled and disabled as asked, and reported so")
  @ResourceLock(ACCOUNT_SETTINGS)
  void blockPublicAccessState() {
    BlockPublicAccessState initial = owner().getImageBlockPublicAccessState(call());
    try {
      owner().enableImageBlockPublicAccess(call());
      awaitBlockPublicAccess(BlockPublicAccessState.BLOCK_NEW_SHARING);
      if (environment().allowsPublicSharing()) {
        Image image = availableImage("bpa-blocked");
        Throwable refused = Assertions.catchThrowable(() -> owner().modifyLaunchPermissions(call(),
            image.id(), List.of(LaunchPermission.publicAccess()), List.of()));
        assertThat(refused).as("making an image public while blocked")
            .isInstanceOf(AmiException.class).isNotInstanceOf(AmiDryRunException.class);
        assertThat(image(image.id()).isPublic()).isFalse();
        assertThat(permissions(image.id())).doesNotContain(LaunchPermission.publicAccess());
      }
      owner().disableImageBlockPublicAccess(call());
      awaitBlockPublicAccess(BlockPublicAccessState.UNBLOCKED);
    } finally {
      restore(initial);
    }
  }

  @Test
  @DisplayName("a public image is listed as public, visible to every account, and private again when removed")
  @ResourceLock(ACCOUNT_SETTINGS)
  void publicSharing() {
    assumeTrue(environment().allowsPublicSharing(), "the environment forbids public images");
    BlockPublicAccessState initial = owner().getImageBlockPublicAccessState(call());
    Image image = availableImage("public");
    try {
      owner().disableImageBlockPublicAccess(call());
      awaitBlockPublicAccess(BlockPublicAccessState.UNBLOCKED);

      owner().modifyLaunchPermissions(call(), image.id(), List.of(LaunchPermission.publicAccess()), List.of());

      assertThat(permissions(image.id())).containsExactly(LaunchPermission.publicAccess());
      eventually().until("the image to be public", () -> image(image.id()), Image::isPublic);
      awaitVisibility(image.id(), true);
    } finally {
      owner().modifyLaunchPermissions(call(), image.id(), List.of(), List.of(LaunchPermission.publicAccess()));
      restore(initial);
    }
    eventually().until("the image to be private", () -> image(image.id()), i -> !i.isPublic());
    awaitVisibility(image.id(), false);
  }

  @Test
  @ResourceLock(ACCOUNT_SETTINGS)
  @DisplayName("at most 5 public images per region: the sixth is refused with ResourceLimitExceeded")
  void publicImageQuota() {
    assumeTrue(environment().allowsPublicSharing(), "the environment forbids public images");
    BlockPublicAccessState initial = owner().getImageBlockPublicAccessState(call());
    List<ImageId> images = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      images.add(availableImage("public-quota").id());
    }
    List<LaunchPermission> everyone = List.of(LaunchPermission.publicAccess());
    List<ImageId> madePublic = new java.util.ArrayList<>();
    try {
      owner().disableImageBlockPublicAccess(call());
      awaitBlockPublicAccess(BlockPublicAccessState.UNBLOCKED);
      for (ImageId id : images.subList(0, 5)) {
        owner().modifyLaunchPermissions(call(), id, everyone, List.of());
        madePublic.add(id);
      }

      assertEc2Error(io.ami4j.AmiQuotaExceededException.class, "ResourceLimitExceeded",
          () -> owner().modifyLaunchPermissions(call(), images.get(5), everyone, List.of()));

      assertThat(image(images.get(5)).isPublic()).isFalse();
    } finally {
      madePublic.forEach(id -> owner().modifyLaunchPermissions(call(), id, List.of(), everyone));
      restore(initial);
    }
  }

  private void awaitBlockPublicAccess(BlockPublicAccessState state) {
    eventually().until("block public access to be " + state.wireValue(),
        () -> owner().getImageBlockPublicAccessState(call()), s -> s == state);
  }

  private void restore(BlockPublicAccessState initial) {
    if (initial == BlockPublicAccessState.BLOCK_NEW_SHARING) {
      owner().enableImageBlockPublicAccess(call());
    } else {
      owner().disableImageBlockPublicAccess(call());
    }
    awaitBlockPublicAccess(initial);
  }

  @Test
  @DisplayName("a snapshot encrypted with the AWS managed EBS key cannot be shared")
  void snapshotUnderTheDefaultKeyCannotBeShared() {
    ImageId source = availableImage("default-key-src").id();
    ImageId copy = remember(environment().otherRegion(), owner().copyImage(otherRegionCall(),
        CopyImageRequest.builder().sourceImageId(source).sourceRegion(environment().region())
            .name(uniqueName("default-key")).encrypted(true).kmsKey(KmsKey.AWS_MANAGED_EBS).build()));
    Image image = awaitImage(environment().otherRegion(), copy, ImageState.AVAILABLE);
    SnapshotId snapshot = image.snapshotIds().get(0);

    Throwable refused = Assertions.catchThrowable(() -> owner().modifyVolumePermissions(otherRegionCall(),
        snapshot, List.of(VolumePermission.account(environment().otherAccount())), List.of()));

    assertThat(refused).as("sharing a snapshot under alias/aws/ebs")
        .isInstanceOf(AmiException.class).isNotInstanceOf(AmiDryRunException.class);
    assertThat(owner().describeVolumePermissions(otherRegionCall(), snapshot)).isEmpty();
  }

  @Test
  @DisplayName("KMS DescribeKey: a snapshot names the default EBS key by its ARN, and KMS says AWS manages it")
  void describeKeyTellsTheDefaultEbsKeyByItself() {
    ImageId source = availableImage("describe-key-src").id();
    ImageId copy = remember(environment().otherRegion(), owner().copyImage(otherRegionCall(),
        CopyImageRequest.builder().sourceImageId(source).sourceRegion(environment().region())
            .name(uniqueName("describe-key")).encrypted(true).kmsKey(KmsKey.AWS_MANAGED_EBS).build()));
    Image image = awaitImage(environment().otherRegion(), copy, ImageState.AVAILABLE);
    Snapshot snapshot = findSnapshot(owner(), environment().otherRegion(), image.snapshotIds().get(0))
        .orElseThrow(() -> new AssertionError("the copy's snapshot is not described"));
    KmsKey named = snapshot.kmsKey().orElseThrow(() -> new AssertionError("an encrypted snapshot names its key"));

    KmsKeyDescription byArn = owner().describeKey(otherRegionCall(), named);
    KmsKeyDescription byAlias = owner().describeKey(otherRegionCall(), KmsKey.AWS_MANAGED_EBS);

    assertThat(named.value()).as("EC2 names the key by its ARN").startsWith("arn:").contains(":key/");
    assertThat(named.isAwsManagedDefault()).as("the ARN does not say who manages the key").isFalse();
    assertThat(byArn.isAwsManaged()).isTrue();
    assertThat(byArn.arn()).isEqualTo(named);
    assertThat(byAlias.arn()).isEqualTo(named);
    assertThat(byAlias.keyId()).isEqualTo(byArn.keyId());
  }

  @Test
  @DisplayName("KMS DescribeKey: a customer key is the customer's; an unknown key is NotFoundException")
  void describeKeyOfACustomerKeyAndOfAnUnknownOne() {
    KmsKeyDescription customer = owner().describeKey(otherRegionCall(), environment().kmsKeyInOtherRegion());
    assertThat(customer.keyManager()).isEqualTo(KeyManager.CUSTOMER);
    assertThat(customer.isAwsManaged()).isFalse();
    assertThat(customer.arn().value()).startsWith("arn:").endsWith(customer.keyId());

    assertEc2Error(AmiNotFoundException.class, "NotFoundException", () -> owner().describeKey(otherRegionCall(),
        KmsKey.alias("alias/" + uniqueName("no-such-key"))));
  }

  @Test
  @DisplayName("volume permissions on a snapshot: granted, visible to the other account, revoked")
  void volumePermissions() {
    SnapshotId snapshot = newSnapshot(8);
    VolumePermission grant = VolumePermission.account(environment().otherAccount());
    assertThat(owner().describeVolumePermissions(call(), snapshot)).isEmpty();
    assertThat(findSnapshot(other(), environment().region(), snapshot)).isEmpty();

    owner().modifyVolumePermissions(call(), snapshot, List.of(grant), List.of());

    assertThat(owner().describeVolumePermissions(call(), snapshot)).containsExactly(grant);
    eventually().until("the snapshot to be visible to the other account",
        () -> findSnapshot(other(), environment().region(), snapshot), java.util.Optional::isPresent);

    owner().modifyVolumePermissions(call(), snapshot, List.of(), List.of(grant));

    assertThat(owner().describeVolumePermissions(call(), snapshot)).isEmpty();
    eventually().until("the snapshot to be hidden from the other account",
        () -> findSnapshot(other(), environment().region(), snapshot), java.util.Optional::isEmpty);
  }
}
