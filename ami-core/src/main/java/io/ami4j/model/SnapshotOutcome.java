package io.ami4j.model;

/** What DeregisterImage with DeleteAssociatedSnapshots did to one snapshot. */
public enum SnapshotOutcome implements WireValue {
  /** {@code success} */
  SUCCESS("success"),
  /** {@code skipped} */
  SKIPPED("skipped"),
  /** {@code missing-permissions} */
  MISSING_PERMISSIONS("missing-permissions"),
  /** {@code internal-error} */
  INTERNAL_ERROR("internal-error"),
  /** {@code client-error} */
  CLIENT_ERROR("client-error"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

  private final String wire;

  SnapshotOutcome(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code client-error}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if EC2 has no such value
   */
  public static SnapshotOutcome fromWire(String text) {
    return WireValue.parse(SnapshotOutcome.class, "returnCode", text);
  }

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static SnapshotOutcome fromAnswer(String text) {
    return WireValue.find(SnapshotOutcome.class, text).orElse(UNKNOWN);
  }
}
