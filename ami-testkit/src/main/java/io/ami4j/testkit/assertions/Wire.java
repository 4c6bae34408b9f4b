package io.ami4j.testkit.assertions;

import io.ami4j.model.WireValue;

/** Failure messages show EC2's spelling of a value ({@code available}, not {@code AVAILABLE}). */
final class Wire {
  private Wire() {}

  static String wire(Object value) {
    return value instanceof WireValue wire ? wire.wireValue() : String.valueOf(value);
  }
}
