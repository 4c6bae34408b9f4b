package io.ami4j.aws.internal.map;

import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.model.ImageReferenceType;
import java.util.List;

/** DescribeImageReferences' {@code imageReferenceSet} as ami4j's {@link ImageReference}s. */
public final class ImageReferences {
  private ImageReferences() {}

  /**
   * Maps the references, leaving out (with a warning) kinds of resources ami4j does not know.
   *
   * @param references the SDK's
   * @return ami4j's
   */
  public static List<ImageReference> fromSdk(List<software.amazon.awssdk.services.ec2.model.ImageReference> references) {
    return Lenient.mapAll("image reference", references, software.amazon.awssdk.services.ec2.model.ImageReference::arn,
        r -> ImageReference.of(ImageId.of(r.imageId()),
            WireEnums.required(ImageReferenceType.class, "resourceType", r.resourceTypeAsString()), r.arn()));
  }
}
