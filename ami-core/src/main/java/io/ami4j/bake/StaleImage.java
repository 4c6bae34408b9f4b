package io.ami4j.bake;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import org.immutables.value.Value;

/**
 * One of the account's images whose base image has a newer release of the same line (same owner,
 * same name but for its date and version digits, same architecture): time to bake it again.
 *
 * <pre>{@code
 * for (StaleImage s : amis.freshness().check()) {
 *   System.out.println(s.image().name() + ": rebake from " + s.newerBase().id() + " (" + s.newerBase().name() + ")");
 * }
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()} or {@link #of}.
 */
@AmiStyle
@Value.Immutable
public abstract class StaleImage {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaleImage}. */
  public static final class Builder extends ImmutableStaleImage.Builder {}

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
    return builder().image(image).baseImage(baseImage).baseName(baseName).newerBase(newerBase).build();
  }

  /** The account's image. */
  public abstract Image image();

  /** The base image it was baked from. */
  public abstract ImageId baseImage();

  /** The base image's name. */
  public abstract String baseName();

  /** The newest release of the base's line: bake from this one. */
  public abstract Image newerBase();

  @Override
  public String toString() {
    return image().id() + " (" + image().name() + ") was baked from " + baseImage() + " (" + baseName() + "); newer: "
        + newerBase().id() + " (" + newerBase().name() + ")";
  }
}
