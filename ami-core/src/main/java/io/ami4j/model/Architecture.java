package io.ami4j.model;

/** The processor architecture of an image. */
public enum Architecture implements WireValue {
  /** {@code i386} */
  I386("i386"),
  /** {@code x86_64} */
  X86_64("x86_64"),
  /** {@code arm64} */
  ARM64("arm64"),
  /** {@code x86_64_mac} */
  X86_64_MAC("x86_64_mac"),
  /** {@code arm64_mac} */
  ARM64_MAC("arm64_mac"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

  private final String wire;

  Architecture(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code arm64_mac}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static Architecture fromWire(String text) {
    return WireValue.parse(Architecture.class, "architecture", text);
  }

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static Architecture fromAnswer(String text) {
    return WireValue.find(Architecture.class, text).orElse(UNKNOWN);
  }
}
