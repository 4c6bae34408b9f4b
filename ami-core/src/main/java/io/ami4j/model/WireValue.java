package io.ami4j.model;

import io.ami4j.AmiValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum constant that EC2 spells in its own way on the wire ({@code x86_64},
 * {@code legacy-bios}, {@code shutting-down}, …).
 *
 * <p>EC2 adds values over time. ami4j reads what a user passes strictly ({@link #parse}: a value
 * EC2 does not take fails at the call) but reads EC2's answers leniently ({@link #find}): a value
 * this release does not know never drops the item that holds it. A required field then holds its
 * enum's {@code UNKNOWN} constant, an optional field stays empty, and in both cases the model
 * object keeps EC2's text in its {@code unknownValues()}, keyed by the field's name.
 */
public interface WireValue {
  /** The value as EC2 writes it. */
  String wireValue();

  /**
   * Whether this is a value ami4j knows: {@code false} only for an {@code UNKNOWN} constant, which
   * stands for a value EC2 answered that this release does not know.
   */
  default boolean isKnown() {
    return !(this instanceof Enum<?> e && "UNKNOWN".equals(e.name()));
  }

  /**
   * Finds the constant of {@code type} that EC2 writes as {@code text}; for user input.
   *
   * @param type the enum type
   * @param field the field name for the error message
   * @param text EC2's spelling
   * @param <E> the enum type
   * @return the constant, never an {@code UNKNOWN} one
   * @throws AmiValidationException naming the allowed values when none matches
   */
  static <E extends Enum<E> & WireValue> E parse(Class<E> type, String field, String text) {
    return find(type, text).orElseThrow(() -> AmiValidationException.of(field, text, "must be one of "
        + known(type).stream().map(WireValue::wireValue).collect(Collectors.joining(", "))));
  }

  /**
   * Finds the known constant of {@code type} that EC2 writes as {@code text}; for answers, where
   * an unknown value is kept rather than refused.
   *
   * @param type the enum type
   * @param text EC2's spelling, or {@code null}
   * @param <E> the enum type
   * @return the constant, or empty when ami4j does not know the value
   */
  static <E extends Enum<E> & WireValue> Optional<E> find(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.isKnown() && e.wireValue().equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The constants of {@code type} ami4j knows: all but {@code UNKNOWN}.
   *
   * @param type the enum type
   * @param <E> the enum type
   * @return the known constants, in declaration order
   */
  static <E extends Enum<E> & WireValue> List<E> known(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).filter(WireValue::isKnown).collect(Collectors.toList());
  }

  /**
   * EC2's text of a required field: the known value's spelling, or the text a model object kept
   * for its {@code UNKNOWN} value.
   *
   * <pre>{@code String root = WireValue.text(image.rootDeviceType(), image.unknownValues(), "rootDeviceType");}</pre>
   *
   * @param value the field's value
   * @param unknownValues the model object's {@code unknownValues()}
   * @param field the field's name
   * @return EC2's text
   */
  static String text(WireValue value, Map<String, String> unknownValues, String field) {
    return value.isKnown() ? value.wireValue() : unknownValues.getOrDefault(field, value.wireValue());
  }

  /**
   * EC2's text of an optional field: the known value's spelling, or the text a model object kept
   * when EC2 answered a value ami4j does not know, or empty when EC2 answered nothing.
   *
   * @param value the field's value
   * @param unknownValues the model object's {@code unknownValues()}
   * @param field the field's name
   * @return EC2's text, if it answered one
   */
  static Optional<String> text(Optional<? extends WireValue> value, Map<String, String> unknownValues, String field) {
    return value.isPresent() ? Optional.of(text(value.get(), unknownValues, field))
        : Optional.ofNullable(unknownValues.get(field));
  }

  /**
   * Refuses an {@code UNKNOWN} constant where a user gives a value to send to EC2.
   *
   * @param field the field, for the message
   * @param value the value
   * @param <E> the enum type
   * @return {@code value}
   * @throws AmiValidationException when {@code value} is an {@code UNKNOWN} constant
   */
  static <E extends WireValue> E requireKnown(String field, E value) {
    if (value != null && !value.isKnown()) {
      throw AmiValidationException.of(field, value, "must be a value EC2 takes; UNKNOWN only stands for "
          + "a value EC2 answered that ami4j does not know");
    }
    return value;
  }
}
