package io.ami4j.model;

/** The type of a product code. */
public enum ProductCodeType implements WireValue {
  /** {@code marketplace} */
  MARKETPLACE("marketplace"),
  /** {@code devpay} */
  DEVPAY("devpay"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

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

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static ProductCodeType fromAnswer(String text) {
    return WireValue.find(ProductCodeType.class, text).orElse(UNKNOWN);
  }
}
