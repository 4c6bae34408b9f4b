package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import java.util.regex.Pattern;

/**
 * The id of an EBS volume: {@code vol-} followed by 8 or 17 lowercase hexadecimal digits.
 *
 * <pre>{@code VolumeId id = VolumeId.of("vol-0123456789abcdef0"); }</pre>
 */
public final class VolumeId extends ResourceId {
  private static final Pattern FORM = Rules.resourceId("vol");

  private VolumeId(String value) {
    super(value);
  }

  /**
   * Parses and validates an id.
   *
   * @param value the id, e.g. {@code vol-0123456789abcdef0}
   * @return the id
   * @throws io.ami4j.AmiValidationException if the value is not of that form
   */
  public static VolumeId of(String value) {
    return new VolumeId(Check.matches("volumeId", value, FORM, Rules.resourceIdRule("vol")));
  }
}
