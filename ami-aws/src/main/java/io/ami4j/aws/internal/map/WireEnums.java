package io.ami4j.aws.internal.map;

import io.ami4j.model.WireValue;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads EC2's enum spellings in answers into ami4j's constants. EC2 adds values over time (new
 * architectures, boot modes, states …), and an item is never dropped for one: a required field
 * holds its enum's {@code UNKNOWN} constant, an optional field stays empty, and EC2's text goes to
 * the model object's {@code unknownValues()}.
 */
public final class WireEnums {
  private static final Logger LOG = LoggerFactory.getLogger(WireEnums.class);

  private WireEnums() {}

  /**
   * Reads an optional value.
   *
   * @param type the enum
   * @param field the model's field name
   * @param text EC2's spelling, or {@code null}
   * @param unknown receives the field and EC2's text when ami4j does not know the value
   * @param <E> the enum
   * @return the constant, or empty when absent or unknown
   */
  public static <E extends Enum<E> & WireValue> Optional<E> optional(Class<E> type, String field, String text,
      BiConsumer<String, String> unknown) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> known = WireValue.find(type, text);
    if (known.isEmpty()) {
      keep(field, text, unknown);
    }
    return known;
  }

  /**
   * Reads a required value.
   *
   * @param type the enum, which has an {@code UNKNOWN} constant
   * @param field the model's field name
   * @param text EC2's spelling, or {@code null} when EC2 left it out
   * @param unknown receives the field and EC2's text when ami4j does not know the value
   * @param <E> the enum
   * @return the constant, or {@code UNKNOWN}
   */
  public static <E extends Enum<E> & WireValue> E required(Class<E> type, String field, String text,
      BiConsumer<String, String> unknown) {
    Optional<E> known = WireValue.find(type, text);
    if (known.isPresent()) {
      return known.get();
    }
    keep(field, text == null ? "" : text, unknown);
    return Enum.valueOf(type, "UNKNOWN");
  }

  private static void keep(String field, String text, BiConsumer<String, String> unknown) {
    LOG.debug("Keeping the {} '{}' that ami4j does not know", field, text);
    unknown.accept(field, text);
  }
}
