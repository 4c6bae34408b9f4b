package io.ami4j.model;

/** The kind of image. */
public enum ImageType implements WireValue {
  /** {@code machine} */
  MACHINE("machine"),
  /** {@code kernel} */
  KERNEL("kernel"),
  /** {@code ramdisk} */
  RAMDISK("ramdisk"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

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

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static ImageType fromAnswer(String text) {
    return WireValue.find(ImageType.class, text).orElse(UNKNOWN);
  }
}
