package io.ami4j.aws.internal.map;

import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.spi.Page;
import java.util.List;

/** DescribeImageReferences' {@code imageReferenceSet} as ami4j's {@link ImageReference}s. */
public final class ImageReferences {
  private ImageReferences() {}

  /**
   * Maps the references, keeping kinds of resources ami4j does not know.
   *
   * @param references the SDK's
   * @param nextToken the answer's next token
   * @return ami4j's page
   */
  public static Page<ImageReference> page(List<software.amazon.awssdk.services.ec2.model.ImageReference> references,
      String nextToken) {
    return Lenient.page("image reference", references, software.amazon.awssdk.services.ec2.model.ImageReference::arn,
        r -> ImageReference.ofAnswer(ImageId.of(r.imageId()), r.resourceTypeAsString(), r.arn()), nextToken);
  }
}
