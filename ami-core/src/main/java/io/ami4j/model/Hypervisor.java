package io.ami4j.model;

/** The hypervisor an image runs on. */
public enum Hypervisor implements WireValue {
  /** {@code xen} */
  XEN("xen"),
  /** {@code ovm} */
  OVM("ovm");

  private final String wire;

  Hypervisor(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code ovm}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static Hypervisor fromWire(String text) {
    return WireValue.parse(Hypervisor.class, "hypervisor", text);
  }
}
