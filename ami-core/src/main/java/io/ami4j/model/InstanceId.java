package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import java.util.regex.Pattern;

/**
 * The id of an EC2 instance: {@code i-} followed by 8 or 17 lowercase hexadecimal digits.
 *
 * <pre>{@code InstanceId id = InstanceId.of("i-0123456789abcdef0"); }</pre>
 */
public final class InstanceId extends ResourceId {
  private static final Pattern FORM = Rules.resourceId("i");

  private InstanceId(String value) {
    super(value);
  }

  /**
   * Parses and validates an id.
   *
   * @param value the id, e.g. {@code i-0123456789abcdef0}
   * @return the id
   * @throws io.ami4j.AmiValidationException if the value is not of that form
   */
  public static InstanceId of(String value) {
    return new InstanceId(Check.matches("instanceId", value, FORM, Rules.resourceIdRule("i")));
  }
}
