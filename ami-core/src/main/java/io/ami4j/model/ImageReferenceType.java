package io.ami4j.model;

/** The kind of resource that refers to an image. */
public enum ImageReferenceType implements WireValue {
  /** {@code ec2:Instance} */
  EC2_INSTANCE("ec2:Instance"),
  /** {@code ec2:LaunchTemplate} */
  EC2_LAUNCH_TEMPLATE("ec2:LaunchTemplate"),
  /** {@code ssm:Parameter} */
  SSM_PARAMETER("ssm:Parameter"),
  /** {@code imagebuilder:ImageRecipe} */
  IMAGE_BUILDER_RECIPE("imagebuilder:ImageRecipe"),
  /** {@code imagebuilder:ContainerRecipe} */
  IMAGE_BUILDER_CONTAINER_RECIPE("imagebuilder:ContainerRecipe"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

  private final String wire;

  ImageReferenceType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code imagebuilder:ContainerRecipe}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static ImageReferenceType fromWire(String text) {
    return WireValue.parse(ImageReferenceType.class, "resourceType", text);
  }

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static ImageReferenceType fromAnswer(String text) {
    return WireValue.find(ImageReferenceType.class, text).orElse(UNKNOWN);
  }
}
