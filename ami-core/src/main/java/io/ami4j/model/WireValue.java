package io.ami4j.model;

import io.ami4j.AmiValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum constant that EC2 spells in its own way on the wire ({@code x86_64},
 * {@code legacy-bios}, {@code shutting-down}, …).
 */
public interface WireValue {
  /** The value as EC2 writes it. */
  String wireValue();

  /**
   * Finds the constant of {@code type} that EC2 writes as {@code text}.
   *
   * @param type the enum type
   * @param field the field name for the error message
   * @param text EC2's spelling
   * @param <E> the enum type
   * @return the constant
   * @throws AmiValidationException naming the allowed values when none matches
   */
  static <E extends Enum<E> & WireValue> E parse(Class<E> type, String field, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.wireValue().equals(text)) {
        return e;
      }
    }
    throw new AmiValidationException(field, (Object) text, "must be one of "
        + Arrays.stream(type.getEnumConstants()).map(WireValue::wireValue).collect(Collectors.joining(", ")));
  }
}
