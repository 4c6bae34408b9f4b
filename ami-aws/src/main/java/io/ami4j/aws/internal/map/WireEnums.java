package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import io.ami4j.model.WireValue;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads EC2's enum spellings into ami4j's constants. EC2 adds values over time (new
 * architectures, boot modes …): an unknown value of an optional field is dropped with a
 * warning instead of failing the whole answer; a required field fails the one item it is in.
 */
public final class WireEnums {
  private static final Logger LOG = LoggerFactory.getLogger(WireEnums.class);

  private WireEnums() {}

  /**
   * Reads an optional value.
   *
   * @param type the enum
   * @param field the field, for the warning
   * @param text EC2's spelling, or {@code null}
   * @param <E> the enum
   * @return the constant, or empty when absent or unknown
   */
  public static <E extends Enum<E> & WireValue> Optional<E> optional(Class<E> type, String field, String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(WireValue.parse(type, field, text));
    } catch (AmiValidationException unknown) {
      LOG.warn("Ignoring the {} '{}' that ami4j does not know", field, text);
      return Optional.empty();
    }
  }

  /**
   * Reads a required value.
   *
   * @param type the enum
   * @param field the field
   * @param text EC2's spelling
   * @param <E> the enum
   * @return the constant
   * @throws AmiValidationException when absent or unknown
   */
  public static <E extends Enum<E> & WireValue> E required(Class<E> type, String field, String text) {
    if (text == null || text.isEmpty()) {
      throw new AmiValidationException(field, (Object) null, "must be in EC2's answer");
    }
    return WireValue.parse(type, field, text);
  }
}
