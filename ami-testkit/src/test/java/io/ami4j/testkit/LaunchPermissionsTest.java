package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.AmiQuotaExceededException;
import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchPermissionsTest extends WorldFixture {
  private static final OrganizationArn ORG = OrganizationArn.of("arn:aws:organizations::111111111111:organization/o-exampleorg1");
  private static final OrganizationalUnitArn OU =
      OrganizationalUnitArn.of("arn:aws:organizations::111111111111:ou/o-exampleorg1/ou-ab12-cdef5678");

  private final AmiProvider b = world.provider(ACCOUNT_B);

  private List<Image> seenBy(AmiProvider p) {
    return list(p, east, ImageQuery.all());
  }

  @Test
  void accountGrantLetsTheRecipientSeeLaunchAndCopy() {
    ImageId id = ownImage("shared-1");
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    assertThat(ec2.describeLaunchPermissions(east, id)).containsExactly(LaunchPermission.account(ACCOUNT_B));
    assertThat(seenBy(b)).extracting(Image::id).contains(id);
    Instance launched = b.runInstances(east, RunInstancesRequest.builder().imageId(id).instanceType("t3.micro").build()).get(0);
    assertThat(launched.imageId()).isEqualTo(id);
    ImageId copy = b.copyImage(west, CopyImageRequest.builder().sourceImageId(id).sourceRegion(US_EAST_1).name("mine-now").build());
    assertThat(world.image(EU_WEST_1, copy).orElseThrow().ownerId()).isEqualTo(ACCOUNT_B);
  }

  @Test
  void recipientCannotModifyShareOrDeregister() {
    ImageId id = ownImage("shared-1");
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    int mark = world.mutations().size();
    assertThatThrownBy(() -> b.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_C)), List.of()))
        .isInstanceOf(AmiPermissionDeniedException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("AuthFailure"));
    assertThatThrownBy(() -> b.deregisterImage(east, id, true)).isInstanceOf(AmiPermissionDeniedException.class);
    assertThatThrownBy(() -> b.disableImage(east, id)).isInstanceOf(AmiPermissionDeniedException.class);
    assertThatThrownBy(() -> b.describeLaunchPermissions(east, id)).isInstanceOf(AmiPermissionDeniedException.class);
    // An account it was never shared with does not even see it.
    assertThatThrownBy(() -> world.provider(ACCOUNT_C).deregisterImage(east, id, false))
        .isInstanceOf(AmiNotFoundException.class);
    assertThat(world.mutations().since(mark)).isEmpty();
    assertThat(world.image(US_EAST_1, id).orElseThrow().state()).isEqualTo(ImageState.AVAILABLE);
  }

  @Test
  void organizationAndOuGrantsReachTheirMembers() {
    world.joinOrganization(ACCOUNT_B, ORG, OU);
    world.joinOrganization(ACCOUNT_C, ORG, null);
    ImageId toOu = ownImage("ou-only");
    ImageId toOrg = ownImage("org-wide");
    ec2.modifyLaunchPermissions(east, toOu, List.of(LaunchPermission.organizationalUnit(OU)), List.of());
    ec2.modifyLaunchPermissions(east, toOrg, List.of(LaunchPermission.organization(ORG)), List.of());
    assertThat(seenBy(b)).extracting(Image::id).contains(toOu, toOrg);
    assertThat(seenBy(world.provider(ACCOUNT_C))).extracting(Image::id).contains(toOrg).doesNotContain(toOu);
    assertThat(seenBy(world.provider(AccountId.of("444444444444")))).extracting(Image::id).doesNotContain(toOu, toOrg);
  }

  @Test
  void removingAGrantHidesTheImageAgain() {
    ImageId id = ownImage("shared-1");
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    ec2.modifyLaunchPermissions(east, id, List.of(), List.of(LaunchPermission.account(ACCOUNT_B)));
    assertThat(seenBy(b)).extracting(Image::id).doesNotContain(id);
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B), LaunchPermission.account(ACCOUNT_C)), List.of());
    ec2.resetLaunchPermissions(east, id);
    assertThat(world.launchPermissions(US_EAST_1, id)).isEmpty();
  }

  @Test
  void atMostAThousandEntitiesPerImage() {
    ImageId id = ownImage("popular-1");
    List<LaunchPermission> many = new ArrayList<>();
    for (int n = 0; n < 1000; n++) {
      many.add(LaunchPermission.account(AccountId.of(String.format("5%011d", n))));
    }
    ec2.modifyLaunchPermissions(east, id, many, List.of());
    assertThatThrownBy(() -> ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of()))
        .isInstanceOf(AmiQuotaExceededException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("ResourceLimitExceeded"));
    // Public access does not count as an entity.
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.publicAccess()), List.of());
    assertThat(world.launchPermissions(US_EAST_1, id)).hasSize(1001);
  }

  @Test
  void atMostFivePublicImagesPerRegion() {
    for (int n = 0; n < 5; n++) {
      ec2.modifyLaunchPermissions(east, ownImage("public-" + n), List.of(LaunchPermission.publicAccess()), List.of());
    }
    ImageId sixth = ownImage("public-5");
    assertThatThrownBy(() -> ec2.modifyLaunchPermissions(east, sixth, List.of(LaunchPermission.publicAccess()), List.of()))
        .isInstanceOf(AmiQuotaExceededException.class);
    assertThat(world.image(US_EAST_1, sixth).orElseThrow().isPublic()).isFalse();
  }

  @Test
  void blockPublicAccessRefusesNewPublicSharingOnly() {
    ImageId id = ownImage("web-1");
    assertThat(ec2.getImageBlockPublicAccessState(east)).isEqualTo(BlockPublicAccessState.UNBLOCKED);
    ec2.enableImageBlockPublicAccess(east);
    assertThat(ec2.getImageBlockPublicAccessState(east)).isEqualTo(BlockPublicAccessState.BLOCK_NEW_SHARING);
    assertThat(ec2.getImageBlockPublicAccessState(west)).isEqualTo(BlockPublicAccessState.UNBLOCKED);
    assertThatThrownBy(() -> ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.publicAccess()), List.of()))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("OperationNotPermitted"))
        .hasMessageContaining("DisableImageBlockPublicAccess");
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    ec2.disableImageBlockPublicAccess(east);
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.publicAccess()), List.of());
    assertThat(world.image(US_EAST_1, id).orElseThrow().isPublic()).isTrue();
  }

  @Test
  void recipientCancelsItsOwnGrant() {
    ImageId id = ownImage("shared-1");
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B), LaunchPermission.account(ACCOUNT_C)), List.of());
    b.cancelImageLaunchPermission(east, id);
    assertThat(world.launchPermissions(US_EAST_1, id)).containsExactly(LaunchPermission.account(ACCOUNT_C));
    assertThatThrownBy(() -> describe(b, east, id)).isInstanceOf(AmiNotFoundException.class);
  }

  @Test
  void recipientsTagsAreTheirOwn() {
    ImageId id = ownImage("shared-1", java.util.Map.of("env", "prod"));
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    assertThat(describe(b, east, id).tags()).isEmpty();
    b.createTags(east, List.of(id), java.util.Map.of("seen-by", "b"));
    assertThat(describe(b, east, id).tags()).containsExactly(java.util.Map.entry("seen-by", "b"));
    assertThat(describe(id).tags()).containsExactly(java.util.Map.entry("env", "prod"));
    assertThat(world.tagsOf(US_EAST_1, id.value())).containsOnlyKeys("env");
  }
}
