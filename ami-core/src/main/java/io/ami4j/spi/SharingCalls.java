package io.ami4j.spi;

import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.ImageId;
import io.ami4j.model.LaunchPermission;
import java.util.List;

/** Launch permissions of images, and the account's block on public sharing. Part of {@link AmiProvider}. */
public interface SharingCalls {

  /** DescribeImageAttribute {@code launchPermission}. */
  @Ec2Call(Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE)
  List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId);

  /** ModifyImageAttribute {@code launchPermission}: many entries to add and remove in one call. */
  @Ec2Call(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)
  void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add,
      List<LaunchPermission> remove);

  /** ResetImageAttribute {@code launchPermission}: removes every grant. */
  @Ec2Call(Ec2Action.RESET_IMAGE_ATTRIBUTE)
  void resetLaunchPermissions(Call call, ImageId imageId);

  /** CancelImageLaunchPermission: a recipient removes itself from an image shared with it. */
  @Ec2Call(Ec2Action.CANCEL_IMAGE_LAUNCH_PERMISSION)
  void cancelImageLaunchPermission(Call call, ImageId imageId);

  /** GetImageBlockPublicAccessState. */
  @Ec2Call(Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE)
  BlockPublicAccessState getImageBlockPublicAccessState(Call call);

  /** EnableImageBlockPublicAccess ({@code block-new-sharing}). */
  @Ec2Call(Ec2Action.ENABLE_IMAGE_BLOCK_PUBLIC_ACCESS)
  void enableImageBlockPublicAccess(Call call);

  /** DisableImageBlockPublicAccess. */
  @Ec2Call(Ec2Action.DISABLE_IMAGE_BLOCK_PUBLIC_ACCESS)
  void disableImageBlockPublicAccess(Call call);
}
