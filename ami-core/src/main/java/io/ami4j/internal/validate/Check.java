package io.ami4j.internal.validate;

import io.ami4j.AmiValidationException;
import java.util.regex.Pattern;

/** Small guards that raise {@link AmiValidationException} naming the field, value and rule. */
public final class Check {
  private Check() {}

  /** Fails unless {@code value} is non-null. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw AmiValidationException.of(field, null, "must be given");
    }
    return value;
  }

  /** Fails unless {@code value} matches {@code pattern} entirely. */
  public static String matches(String field, String value, Pattern pattern, String rule) {
    notNull(field, value);
    if (!pattern.matcher(value).matches()) {
      throw AmiValidationException.of(field, value, rule);
    }
    return value;
  }

  /** Fails unless {@code min <= value <= max}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw AmiValidationException.of(field, value, "must be between " + min + " and " + max);
    }
    return value;
  }

  /** Fails unless {@code value}, encoded as UTF-8, has at most {@code max} bytes. */
  public static String maxBytes(String field, String value, int max, String rule) {
    notNull(field, value);
    int bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > max) {
      throw AmiValidationException.of(field, bytes + " bytes", rule);
    }
    return value;
  }

  /** Fails unless the array and each of its elements are non-null; answers it as a list. */
  @SafeVarargs
  public static <T> java.util.List<T> noNulls(String field, T... values) {
    notNull(field, values);
    for (T v : values) {
      notNull(field, v);
    }
    return java.util.List.of(values);
  }

  /** An image description: given, at most {@link Rules#DESCRIPTION_MAX} characters. */
  public static String description(String value) {
    notNull("description", value);
    that(value.length() <= Rules.DESCRIPTION_MAX, "description", value.length() + " characters",
        "must be at most " + Rules.DESCRIPTION_MAX + " characters");
    return value;
  }

  /** Fails unless the condition holds. */
  public static void that(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw AmiValidationException.of(field, value, rule);
    }
  }
}
