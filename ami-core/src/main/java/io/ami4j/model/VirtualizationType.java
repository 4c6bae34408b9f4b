package io.ami4j.model;

/** Virtualization of an image. */
public enum VirtualizationType implements WireValue {
  /** {@code hvm} */
  HVM("hvm"),
  /** {@code paravirtual} */
  PARAVIRTUAL("paravirtual");

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
}
