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
  RECOVERING("recovering"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

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

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static SnapshotState fromAnswer(String text) {
    return WireValue.find(SnapshotState.class, text).orElse(UNKNOWN);
  }
}
