package io.ami4j.model;

/** The state of an EBS snapshot. */
public enum SnapshotState implements WireValue {
  /** {@code pending} */
  PENDING("pending"),
  /** {@code completed} */
  COMPLETED("completed"),
  /** {@code error} */
  ERROR("error"),
  /** {@code recoverable} */
  RECOVERABLE("recoverable"),
  /** {@code recovering} */
  RECOVERING("recovering");

  private final String wire;

  SnapshotState(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code recovering}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static SnapshotState fromWire(String text) {
    return WireValue.parse(SnapshotState.class, "snapshotState", text);
  }
}
