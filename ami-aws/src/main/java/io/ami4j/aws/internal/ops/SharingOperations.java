package io.ami4j.aws.internal.ops;

import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.aws.internal.map.LaunchPermissions;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.ImageId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeResponse;
import software.amazon.awssdk.services.ec2.model.GetImageBlockPublicAccessStateResponse;
import software.amazon.awssdk.services.ec2.model.ImageAttributeName;

/**
 * Who may launch an image, and the account's guard against public images: launch permissions
 * (describe, modify, reset, cancel), the description attribute, and image block public access.
 */
public final class SharingOperations {
  private static final Logger LOG = LoggerFactory.getLogger(SharingOperations.class);
  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public SharingOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * DescribeImageAttribute {@code launchPermission}.
   *
   * @param call the call
   * @param imageId the image
   * @return its grants
   */
  public List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId) {
    DescribeImageAttributeResponse answer = Remote.call(Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE,
        () -> clients.ec2(call.region()).describeImageAttribute(r -> r
            .imageId(imageId.value()).attribute(ImageAttributeName.LAUNCH_PERMISSION)));
    return LaunchPermissions.fromSdk(answer.launchPermissions());
  }

  /**
   * ModifyImageAttribute {@code launchPermission}: every grant and revocation in one call.
   *
   * @param call the call
   * @param imageId the image
   * @param add grants to add
   * @param remove grants to remove
   */
  public void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add,
      List<LaunchPermission> remove) {
    Remote.call(Ec2Action.MODIFY_IMAGE_ATTRIBUTE, () -> clients.ec2(call.region()).modifyImageAttribute(r -> r
        .imageId(imageId.value())
        .launchPermission(LaunchPermissions.modifications(add, remove))
        .dryRun(DryRun.of(call))));
  }

  /**
   * ResetImageAttribute {@code launchPermission}.
   *
   * @param call the call
   * @param imageId the image
   */
  public void resetLaunchPermissions(Call call, ImageId imageId) {
    Remote.call(Ec2Action.RESET_IMAGE_ATTRIBUTE, () -> clients.ec2(call.region()).resetImageAttribute(r -> r
        .imageId(imageId.value()).attribute("launchPermission").dryRun(DryRun.of(call))));
  }

  /**
   * CancelImageLaunchPermission.
   *
   * @param call the call
   * @param imageId the image shared with this account
   */
  public void cancelImageLaunchPermission(Call call, ImageId imageId) {
    Remote.call(Ec2Action.CANCEL_IMAGE_LAUNCH_PERMISSION, () -> clients.ec2(call.region()).cancelImageLaunchPermission(r -> r
        .imageId(imageId.value()).dryRun(DryRun.of(call))));
  }

  /**
   * ModifyImageAttribute {@code description}.
   *
   * @param call the call
   * @param imageId the image
   * @param description the new description
   */
  public void modifyImageDescription(Call call, ImageId imageId, String description) {
    Remote.call(Ec2Action.MODIFY_IMAGE_ATTRIBUTE, () -> clients.ec2(call.region()).modifyImageAttribute(r -> r
        .imageId(imageId.value())
        .description(d -> d.value(description))
        .dryRun(DryRun.of(call))));
  }

  /**
   * GetImageBlockPublicAccessState.
   *
   * @param call the call
   * @return the state
   */
  public BlockPublicAccessState getImageBlockPublicAccessState(Call call) {
    GetImageBlockPublicAccessStateResponse answer = Remote.call(Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE,
        () -> clients.ec2(call.region()).getImageBlockPublicAccessState(r -> { }));
    BlockPublicAccessState state = BlockPublicAccessState.fromAnswer(answer.imageBlockPublicAccessState());
    if (!state.isKnown()) {
      LOG.warn("GetImageBlockPublicAccessState answered '{}', which ami4j does not know: reported as UNKNOWN",
          answer.imageBlockPublicAccessState());
    }
    return state;
  }

  /**
   * EnableImageBlockPublicAccess ({@code block-new-sharing}).
   *
   * @param call the call
   */
  public void enableImageBlockPublicAccess(Call call) {
    Remote.call(Ec2Action.ENABLE_IMAGE_BLOCK_PUBLIC_ACCESS, () -> clients.ec2(call.region()).enableImageBlockPublicAccess(r -> r
        .imageBlockPublicAccessState(BlockPublicAccessState.BLOCK_NEW_SHARING.wireValue())
        .dryRun(DryRun.of(call))));
  }

  /**
   * DisableImageBlockPublicAccess.
   *
   * @param call the call
   */
  public void disableImageBlockPublicAccess(Call call) {
    Remote.call(Ec2Action.DISABLE_IMAGE_BLOCK_PUBLIC_ACCESS, () -> clients.ec2(call.region()).disableImageBlockPublicAccess(r -> r
        .dryRun(DryRun.of(call))));
  }
}
