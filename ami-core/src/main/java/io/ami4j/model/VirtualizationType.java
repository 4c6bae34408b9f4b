package io.ami4j.model;

/** Virtualization of an image. */
public enum VirtualizationType implements WireValue {
  /** {@code hvm} */
  HVM("hvm"),
  /** {@code paravirtual} */
  PARAVIRTUAL("paravirtual"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

  private final String wire;

  VirtualizationType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code paravirtual}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static VirtualizationType fromWire(String text) {
    return WireValue.parse(VirtualizationType.class, "virtualizationType", text);
  }

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static VirtualizationType fromAnswer(String text) {
    return WireValue.find(VirtualizationType.class, text).orElse(UNKNOWN);
  }
}
