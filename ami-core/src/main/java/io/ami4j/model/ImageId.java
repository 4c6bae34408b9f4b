package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import java.util.regex.Pattern;

/**
 * The id of an Amazon Machine Image: {@code ami-} followed by 8 or 17 lowercase hexadecimal digits.
 *
 * <pre>{@code ImageId id = ImageId.of("ami-0123456789abcdef0"); }</pre>
 */
public final class ImageId extends ResourceId {
  private static final Pattern FORM = Rules.resourceId("ami");

  private ImageId(String value) {
    super(value);
  }

  /**
   * Parses and validates an id.
   *
   * @param value the id, e.g. {@code ami-0123456789abcdef0}
   * @return the id
   * @throws io.ami4j.AmiValidationException if the value is not of that form
   */
  public static ImageId of(String value) {
    return new ImageId(Check.matches("imageId", value, FORM, Rules.resourceIdRule("ami")));
  }
}
