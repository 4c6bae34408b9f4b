package io.ami4j.model;

/** The type of a product code. */
public enum ProductCodeType implements WireValue {
  /** {@code marketplace} */
  MARKETPLACE("marketplace"),
  /** {@code devpay} */
  DEVPAY("devpay");

  private final String wire;

  ProductCodeType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code devpay}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static ProductCodeType fromWire(String text) {
    return WireValue.parse(ProductCodeType.class, "productCodeType", text);
  }
}
