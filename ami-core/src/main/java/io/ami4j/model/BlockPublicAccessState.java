package io.ami4j.model;

/** The account's image block-public-access state in a region. */
public enum BlockPublicAccessState implements WireValue {
  /** {@code unblocked} */
  UNBLOCKED("unblocked"),
  /** {@code block-new-sharing} */
  BLOCK_NEW_SHARING("block-new-sharing");

  private final String wire;

  BlockPublicAccessState(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code block-new-sharing}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static BlockPublicAccessState fromWire(String text) {
    return WireValue.parse(BlockPublicAccessState.class, "imageBlockPublicAccessState", text);
  }
}
