package io.ami4j.model;

import org.immutables.value.Value;

/** A resource that uses an image: an instance, a launch template, an SSM parameter, a recipe. */
@Value.Immutable
public abstract class ImageReference {
  /** The image referred to. */
  public abstract ImageId imageId();

  /** The kind of resource. */
  public abstract ImageReferenceType resourceType();

  /** The resource's ARN. */
  public abstract String arn();

  /**
   * Makes a reference.
   *
   * @param imageId the image
   * @param type the kind of resource
   * @param arn the resource's ARN
   * @return the reference
   */
  public static ImageReference of(ImageId imageId, ImageReferenceType type, String arn) {
    return ImmutableImageReference.builder().imageId(imageId).resourceType(type).arn(arn).build();
  }
}
