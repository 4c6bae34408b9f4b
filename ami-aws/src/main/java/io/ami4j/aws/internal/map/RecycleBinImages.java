package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import io.ami4j.model.ImageId;
import io.ami4j.model.RecycleBinImage;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.ImageRecycleBinInfo;

/** ListImagesInRecycleBin's {@code imageSet} as ami4j's {@link RecycleBinImage}s. */
public final class RecycleBinImages {
  private RecycleBinImages() {}

  /**
   * Maps the images, leaving out (with a warning) any ami4j cannot hold.
   *
   * @param images the SDK's
   * @return ami4j's
   */
  public static List<RecycleBinImage> fromSdk(List<ImageRecycleBinInfo> images) {
    return Lenient.mapAll("recycle bin image", images, ImageRecycleBinInfo::imageId, i -> {
      if (i.recycleBinEnterTime() == null || i.recycleBinExitTime() == null || i.name() == null) {
        throw new AmiValidationException("recycleBinImage", (Object) i.imageId(),
            "must have a name, an enter time and an exit time");
      }
      return RecycleBinImage.builder()
          .imageId(ImageId.of(i.imageId()))
          .name(i.name())
          .description(Optional.ofNullable(i.description()))
          .enterTime(i.recycleBinEnterTime())
          .exitTime(i.recycleBinExitTime())
          .build();
    });
  }
}
