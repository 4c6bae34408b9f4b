package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.ImageId;
import io.ami4j.model.LaunchPermission;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharingWireMockTest extends AwsWireMockSupport {
  private static final ImageId GOLDEN = ImageId.of("ami-0abcdef1234567890");
  private static final String ORG = "arn:aws:organizations::123456789012:organization/o-abcdefghij";
  private static final String OU = "arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefgh34";

  @Test
  void describeLaunchPermissionsReadsEveryKindOfGrantee() {
    answerEc2("DescribeImageAttribute");

    List<LaunchPermission> grants = aws.describeLaunchPermissions(CALL, GOLDEN);

    assertThat(onlyRequest("DescribeImageAttribute")).isEqualTo(ec2Params("DescribeImageAttribute",
        "Attribute", "launchPermission",
        "ImageId", "ami-0abcdef1234567890"));
    assertThat(grants).containsExactly(
        LaunchPermission.account("111122223333"),
        LaunchPermission.publicAccess(),
        LaunchPermission.organization(ORG),
        LaunchPermission.organizationalUnit(OU));
  }

  @Test
  void modifyLaunchPermissionsAddsAndRemovesEveryKindInOneCall() {
    answerEc2("ModifyImageAttribute");

    aws.modifyLaunchPermissions(CALL, GOLDEN,
        List.of(LaunchPermission.account("111122223333"), LaunchPermission.organization(ORG),
            LaunchPermission.organizationalUnit(OU), LaunchPermission.publicAccess()),
        List.of(LaunchPermission.account("444455556666")));

    assertThat(onlyRequest("ModifyImageAttribute")).isEqualTo(ec2Params("ModifyImageAttribute",
        "ImageId", "ami-0abcdef1234567890",
        "LaunchPermission.Add.1.UserId", "111122223333",
        "LaunchPermission.Add.2.OrganizationArn", ORG,
        "LaunchPermission.Add.3.OrganizationalUnitArn", OU,
        "LaunchPermission.Add.4.Group", "all",
        "LaunchPermission.Remove.1.UserId", "444455556666"));
  }

  @Test
  void modifyLaunchPermissionsAsDryRunSendsDryRun() {
    answerEc2("ModifyImageAttribute");

    aws.modifyLaunchPermissions(CALL.asDryRun(), GOLDEN, List.of(), List.of(LaunchPermission.publicAccess()));

    assertThat(onlyRequest("ModifyImageAttribute")).isEqualTo(ec2Params("ModifyImageAttribute",
        "ImageId", "ami-0abcdef1234567890",
        "LaunchPermission.Remove.1.Group", "all",
        "DryRun", "true"));
  }

  @Test
  void resetLaunchPermissionsNamesTheAttribute() {
    answerEc2("ResetImageAttribute");

    aws.resetLaunchPermissions(CALL, GOLDEN);

    assertThat(onlyRequest("ResetImageAttribute")).isEqualTo(ec2Params("ResetImageAttribute",
        "Attribute", "launchPermission",
        "ImageId", "ami-0abcdef1234567890"));
  }

  @Test
  void cancelImageLaunchPermissionSendsTheImage() {
    answerEc2("CancelImageLaunchPermission");

    aws.cancelImageLaunchPermission(CALL, GOLDEN);

    assertThat(onlyRequest("CancelImageLaunchPermission")).isEqualTo(ec2Params("CancelImageLaunchPermission",
        "ImageId", "ami-0abcdef1234567890"));
  }

  @Test
  void modifyImageDescriptionSendsDescriptionValue() {
    answerEc2("ModifyImageAttribute");

    aws.modifyImageDescription(CALL, GOLDEN, "Web server & friends");

    assertThat(onlyRequest("ModifyImageAttribute")).isEqualTo(ec2Params("ModifyImageAttribute",
        "Description.Value", "Web server & friends",
        "ImageId", "ami-0abcdef1234567890"));
  }

  @Test
  void imageBlockPublicAccessIsReadEnabledAndDisabled() {
    answerEc2("GetImageBlockPublicAccessState");
    answerEc2("EnableImageBlockPublicAccess");
    answerEc2("DisableImageBlockPublicAccess");

    assertThat(aws.getImageBlockPublicAccessState(CALL)).isEqualTo(BlockPublicAccessState.BLOCK_NEW_SHARING);
    aws.enableImageBlockPublicAccess(CALL);
    aws.disableImageBlockPublicAccess(CALL.asDryRun());

    assertThat(onlyRequest("GetImageBlockPublicAccessState"))
        .isEqualTo(ec2Params("GetImageBlockPublicAccessState"));
    assertThat(onlyRequest("EnableImageBlockPublicAccess")).isEqualTo(ec2Params("EnableImageBlockPublicAccess",
        "ImageBlockPublicAccessState", "block-new-sharing"));
    assertThat(onlyRequest("DisableImageBlockPublicAccess")).isEqualTo(ec2Params("DisableImageBlockPublicAccess",
        "DryRun", "true"));
  }
}
