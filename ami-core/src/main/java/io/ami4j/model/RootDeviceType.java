package io.ami4j.model;

/** Where an image's root device lives. */
public enum RootDeviceType implements WireValue {
  /** {@code ebs} */
  EBS("ebs"),
  /** {@code instance-store} */
  INSTANCE_STORE("instance-store"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

  private final String wire;

  RootDeviceType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code instance-store}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static RootDeviceType fromWire(String text) {
    return WireValue.parse(RootDeviceType.class, "rootDeviceType", text);
  }

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static RootDeviceType fromAnswer(String text) {
    return WireValue.find(RootDeviceType.class, text).orElse(UNKNOWN);
  }
}
