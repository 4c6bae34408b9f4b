package io.ami4j;

import io.ami4j.internal.validate.Check;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;

/**
 * One of the account's images whose base image has a newer release of the same line (same owner,
 * same name but for its date and version digits, same architecture): time to bake it again.
 *
 * <pre>{@code
 * for (StaleImage s : amis.freshness().check()) {
 *   System.out.println(s.image().name() + ": rebake from " + s.newerBase().id() + " (" + s.newerBase().name() + ")");
 * }
 * }</pre>
 */
public final class StaleImage {
  private final Image image;
  private final ImageId baseImage;
  private final String baseName;
  private final Image newerBase;

  private StaleImage(Image image, ImageId baseImage, String baseName, Image newerBase) {
    this.image = Check.notNull("image", image);
    this.baseImage = Check.notNull("baseImage", baseImage);
    this.baseName = Check.notNull("baseName", baseName);
    this.newerBase = Check.notNull("newerBase", newerBase);
  }

  /**
   * A stale image.
   *
   * @param image the account's image
   * @param baseImage the base it was baked from
   * @param baseName the base's name
   * @param newerBase the newest release of the base's line
   * @return the finding
   */
  public static StaleImage of(Image image, ImageId baseImage, String baseName, Image newerBase) {
    return new StaleImage(image, baseImage, baseName, newerBase);
  }

  /** The account's image. */
  public Image image() {
    return image;
  }

  /** The base image it was baked from. */
  public ImageId baseImage() {
    return baseImage;
  }

  /** The base image's name. */
  public String baseName() {
    return baseName;
  }

  /** The newest release of the base's line: bake from this one. */
  public Image newerBase() {
    return newerBase;
  }

  @Override
  public String toString() {
    return image.id() + " (" + image.name() + ") was baked from " + baseImage + " (" + baseName + "); newer: "
        + newerBase.id() + " (" + newerBase.name() + ")";
  }
}
