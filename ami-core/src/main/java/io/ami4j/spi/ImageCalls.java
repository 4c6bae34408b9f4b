package io.ami4j.spi;

import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;

/** Finding, making, copying, describing and deregistering images. Part of {@link AmiProvider}. */
public interface ImageCalls {

  /** DescribeImages: one page. */
  @Ec2Call(Ec2Action.DESCRIBE_IMAGES)
  Page<Image> describeImages(Call call, ImageQuery query, PageRequest page);

  /** CreateImage: from an EBS-backed instance; the image starts {@code pending}. */
  @Ec2Call(Ec2Action.CREATE_IMAGE)
  ImageId createImage(Call call, CreateImageRequest request);

  /** RegisterImage: from a root snapshot or an instance-store manifest. */
  @Ec2Call(Ec2Action.REGISTER_IMAGE)
  ImageId registerImage(Call call, RegisterImageRequest request);

  /** CopyImage, called in the destination region ({@code call.region()}). */
  @Ec2Call(Ec2Action.COPY_IMAGE)
  ImageId copyImage(Call call, CopyImageRequest request);

  /** DeregisterImage, optionally with {@code DeleteAssociatedSnapshots}. */
  @Ec2Call(Ec2Action.DEREGISTER_IMAGE)
  DeregisterImageAnswer deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots);

  /** ModifyImageAttribute {@code description}. */
  @Ec2Call(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)
  void modifyImageDescription(Call call, ImageId imageId, String description);
}
