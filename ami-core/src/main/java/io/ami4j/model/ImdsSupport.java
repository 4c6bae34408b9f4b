package io.ami4j.model;

/** Instance metadata service version required by instances launched from the image. */
public enum ImdsSupport implements WireValue {
  /** {@code v2.0} */
  V2_0("v2.0");

  private final String wire;

  ImdsSupport(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code v2.0}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static ImdsSupport fromWire(String text) {
    return WireValue.parse(ImdsSupport.class, "imdsSupport", text);
  }
}
