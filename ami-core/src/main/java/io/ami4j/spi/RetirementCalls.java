package io.ami4j.spi;

import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.model.RecycleBinImage;
import java.time.Instant;
import java.util.List;

/**
 * Retiring images: deprecation, deregistration protection, disabling, the Recycle Bin, and what
 * still uses an image. Part of {@link AmiProvider}.
 */
public interface RetirementCalls {

  /** EnableImageDeprecation at a time (rounded by EC2 to the minute). */
  @Ec2Call(Ec2Action.ENABLE_IMAGE_DEPRECATION)
  void enableImageDeprecation(Call call, ImageId imageId, Instant at);

  /** DisableImageDeprecation. */
  @Ec2Call(Ec2Action.DISABLE_IMAGE_DEPRECATION)
  void disableImageDeprecation(Call call, ImageId imageId);

  /** EnableImageDeregistrationProtection, optionally {@code WithCooldown} (24 hours). */
  @Ec2Call(Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION)
  void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown);

  /** DisableImageDeregistrationProtection. */
  @Ec2Call(Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION)
  void disableDeregistrationProtection(Call call, ImageId imageId);

  /** DisableImage: {@code available → disabled}; removes every launch permission. */
  @Ec2Call(Ec2Action.DISABLE_IMAGE)
  void disableImage(Call call, ImageId imageId);

  /** EnableImage: {@code disabled → available}. */
  @Ec2Call(Ec2Action.ENABLE_IMAGE)
  void enableImage(Call call, ImageId imageId);

  /** ListImagesInRecycleBin: one page (empty ids: all). */
  @Ec2Call(Ec2Action.LIST_IMAGES_IN_RECYCLE_BIN)
  Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page);

  /** RestoreImageFromRecycleBin. */
  @Ec2Call(Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN)
  void restoreImageFromRecycleBin(Call call, ImageId imageId);

  /** DescribeImageReferences: instances, launch templates and more that use the images; one page. */
  @Ec2Call(Ec2Action.DESCRIBE_IMAGE_REFERENCES)
  Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page);
}
