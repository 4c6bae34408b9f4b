package io.ami4j.internal.validate;

import io.ami4j.AmiValidationException;
import java.util.regex.Pattern;

/** Small guards that raise {@link AmiValidationException} naming the field, value and rule. */
public final class Check {
  private Check() {}

  /** Fails unless {@code value} is non-null. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new AmiValidationException(field, (Object) null, "must be given");
    }
    return value;
  }

  /** Fails unless {@code value} matches {@code pattern} entirely. */
  public static String matches(String field, String value, Pattern pattern, String rule) {
    notNull(field, value);
    if (!pattern.matcher(value).matches()) {
      throw new AmiValidationException(field, (Object) value, rule);
    }
    return value;
  }

  /** Fails unless {@code min <= value <= max}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new AmiValidationException(field, value, "must be between " + min + " and " + max);
    }
    return value;
  }

  /** Fails unless the condition holds. */
  public static void that(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw new AmiValidationException(field, value, rule);
    }
  }
}
