package io.ami4j.internal.spec;

import io.ami4j.AmiNotFoundException;
import io.ami4j.internal.engine.Engine;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The one "describe this image, or NotFound": deprecated and disabled images included (both are
 * still the image a caller names), an id missing from the answer failing as EC2's own
 * {@code InvalidAMIID.NotFound} does.
 */
public final class OneImage {
  private OneImage() {}

  /**
   * Describes one image.
   *
   * @param engine the engine
   * @param region the region
   * @param id the image
   * @param deadline no retry starts after it
   * @return the image; or {@link AmiNotFoundException} when it does not exist or is not visible
   */
  public static CompletableFuture<Image> describe(Engine engine, Region region, ImageId id, Instant deadline) {
    ImageQuery q = ImageQuery.builder().addImageIds(id).includeDeprecated(true).includeDisabled(true).build();
    return engine.runner().call(region, Ec2Action.DESCRIBE_IMAGES, deadline,
        c -> engine.provider().describeImages(c, q, PageRequest.first()))
        .thenApply(p -> p.complete("DescribeImages").items().stream().filter(i -> i.id().equals(id)).findFirst()
            .orElseThrow(() -> new AmiNotFoundException("InvalidAMIID.NotFound", "The image id '" + id
                + "' does not exist in " + region + " or is not visible to this account", null)));
  }
}
