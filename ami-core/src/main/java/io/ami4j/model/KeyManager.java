package io.ami4j.model;

/**
 * Who manages a KMS key (KMS {@code KeyMetadata.KeyManager}). An AWS managed key, such as an
 * account's default EBS key {@code aws/ebs}, can never be used by another account.
 */
public enum KeyManager implements WireValue {
  /** {@code AWS}: managed by an AWS service for the account; usable only in the account. */
  AWS("AWS"),
  /** {@code CUSTOMER}: the account's own key; other accounts may use it when its policy says so. */
  CUSTOMER("CUSTOMER");

  private final String wire;

  KeyManager(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Parses KMS's spelling.
   *
   * @param text {@code AWS} or {@code CUSTOMER}
   * @return the constant
   * @throws io.ami4j.AmiValidationException if KMS has no such value
   */
  public static KeyManager fromWire(String text) {
    return WireValue.parse(KeyManager.class, "keyManager", text);
  }
}
