package io.ami4j.model;

/** Where an image's root device lives. */
public enum RootDeviceType implements WireValue {
  /** {@code ebs} */
  EBS("ebs"),
  /** {@code instance-store} */
  INSTANCE_STORE("instance-store");

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
}
