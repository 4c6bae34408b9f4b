package io.ami4j.model;

import io.ami4j.internal.validate.Check;

/**
 * An image owner for DescribeImages' {@code Owners}: {@code self}, an alias such as
 * {@code amazon}, or an account id. Naming an owner is what keeps a "latest" lookup from
 * picking an impostor's image (CVE-2018-15869).
 */
public final class Owner {
  /** The calling account. */
  public static final Owner SELF = new Owner("self");
  /** Amazon. */
  public static final Owner AMAZON = new Owner("amazon");
  /** AWS Marketplace sellers. */
  public static final Owner AWS_MARKETPLACE = new Owner("aws-marketplace");
  /** AWS Backup logically air-gapped vaults. */
  public static final Owner AWS_BACKUP_VAULT = new Owner("aws-backup-vault");

  private final String value;

  private Owner(String value) {
    this.value = value;
  }

  /**
   * An owner account.
   *
   * @param account the account
   * @return the owner
   */
  public static Owner account(AccountId account) {
    return new Owner(Check.notNull("owner", account).value());
  }

  /**
   * An owner account.
   *
   * @param accountId twelve digits
   * @return the owner
   */
  public static Owner account(String accountId) {
    return account(AccountId.of(accountId));
  }

  /**
   * Parses EC2's spelling: {@code self}, {@code amazon}, {@code aws-marketplace},
   * {@code aws-backup-vault} or an account id.
   *
   * @param value the text
   * @return the owner
   */
  public static Owner of(String value) {
    Check.notNull("owner", value);
    switch (value) {
      case "self":
        return SELF;
      case "amazon":
        return AMAZON;
      case "aws-marketplace":
        return AWS_MARKETPLACE;
      case "aws-backup-vault":
        return AWS_BACKUP_VAULT;
      default:
        return account(value);
    }
  }

  /** The value as EC2 takes it. */
  public String value() {
    return value;
  }

  /** Whether this names an account by id. */
  public boolean isAccount() {
    return Character.isDigit(value.charAt(0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Owner && ((Owner) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
