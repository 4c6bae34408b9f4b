package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import io.ami4j.model.ImageId;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.spi.Page;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.ImageRecycleBinInfo;

/** ListImagesInRecycleBin's {@code imageSet} as ami4j's {@link RecycleBinImage}s. */
public final class RecycleBinImages {
  private RecycleBinImages() {}

  /**
   * Maps a page of the Recycle Bin, naming any image ami4j cannot hold in the page's
   * {@link Page#unmapped()}.
   *
   * @param images the SDK's
   * @param nextToken the answer's next token
   * @return ami4j's page
   */
  public static Page<RecycleBinImage> page(List<ImageRecycleBinInfo> images, String nextToken) {
    return Lenient.page("recycle bin image", images, ImageRecycleBinInfo::imageId, i -> {
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
    }, nextToken);
  }
}
