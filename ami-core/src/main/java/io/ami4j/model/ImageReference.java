package io.ami4j.model;

import java.util.Map;
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
   * EC2's text of the fields whose value this release of ami4j does not know, keyed by the
   * field's name (e.g. {@code rootDeviceType → standard}). Such a field holds {@code UNKNOWN}
   * when it is required and is empty when it is optional; nothing EC2 answered is lost.
   */
  public abstract Map<String, String> unknownValues();

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

  /**
   * A reference as EC2 answers it: a kind of resource ami4j does not know is kept as
   * {@link ImageReferenceType#UNKNOWN}, with EC2's text under {@code resourceType} in
   * {@link #unknownValues()}.
   *
   * @param imageId the referenced image
   * @param typeText EC2's resource type, e.g. {@code ec2:Instance}
   * @param arn the referencing resource's ARN
   * @return the reference
   */
  public static ImageReference ofAnswer(ImageId imageId, String typeText, String arn) {
    ImageReferenceType type = ImageReferenceType.fromAnswer(typeText);
    ImmutableImageReference.Builder b = ImmutableImageReference.builder().imageId(imageId).resourceType(type).arn(arn);
    if (!type.isKnown()) {
      b.putUnknownValues("resourceType", String.valueOf(typeText));
    }
    return b.build();
  }
}
