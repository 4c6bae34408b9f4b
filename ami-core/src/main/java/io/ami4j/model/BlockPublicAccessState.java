package io.ami4j.model;

/** The account's image block-public-access state in a region. */
public enum BlockPublicAccessState implements WireValue {
  /** {@code unblocked} */
  UNBLOCKED("unblocked"),
  /** {@code block-new-sharing} */
  BLOCK_NEW_SHARING("block-new-sharing"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

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

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static BlockPublicAccessState fromAnswer(String text) {
    return WireValue.find(BlockPublicAccessState.class, text).orElse(UNKNOWN);
  }
}
