package io.ami4j.model;

/** The kind of image. */
public enum ImageType implements WireValue {
  /** {@code machine} */
  MACHINE("machine"),
  /** {@code kernel} */
  KERNEL("kernel"),
  /** {@code ramdisk} */
  RAMDISK("ramdisk");

  private final String wire;

  ImageType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code ramdisk}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static ImageType fromWire(String text) {
    return WireValue.parse(ImageType.class, "imageType", text);
  }
}
