package io.ami4j.model;

/** How an image boots. */
public enum BootMode implements WireValue {
  /** {@code legacy-bios} */
  LEGACY_BIOS("legacy-bios"),
  /** {@code uefi} */
  UEFI("uefi"),
  /** {@code uefi-preferred} */
  UEFI_PREFERRED("uefi-preferred");

  private final String wire;

  BootMode(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code uefi-preferred}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static BootMode fromWire(String text) {
    return WireValue.parse(BootMode.class, "bootMode", text);
  }
}
