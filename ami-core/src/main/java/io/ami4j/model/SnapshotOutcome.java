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
  CLIENT_ERROR("client-error");

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
}
