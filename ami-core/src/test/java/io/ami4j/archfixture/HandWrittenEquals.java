package io.ami4j.archfixture;

/** A value class that compares itself by hand instead of being an Immutables value. */
public final class HandWrittenEquals {
  private final String value;

  /**
   * A value.
   *
   * @param value its text
   */
  public HandWrittenEquals(String value) {
    this.value = value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HandWrittenEquals other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
