package io.ami4j.model;

/** EBS volume types. */
public enum VolumeType implements WireValue {
  /** {@code standard} */
  STANDARD("standard"),
  /** {@code gp2} */
  GP2("gp2"),
  /** {@code gp3} */
  GP3("gp3"),
  /** {@code io1} */
  IO1("io1"),
  /** {@code io2} */
  IO2("io2"),
  /** {@code st1} */
  ST1("st1"),
  /** {@code sc1} */
  SC1("sc1");

  private final String wire;

  VolumeType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code sc1}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static VolumeType fromWire(String text) {
    return WireValue.parse(VolumeType.class, "volumeType", text);
  }
}
