package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import org.immutables.value.Value;

/**
 * An image owner for DescribeImages' {@code Owners}: {@code self}, an alias such as
 * {@code amazon}, or an account id. Naming an owner is what keeps a "latest" lookup from
 * picking an impostor's image (CVE-2018-15869).
 */
@Value.Immutable
public abstract class Owner {
  /** The calling account. */
  public static final Owner SELF = ImmutableOwner.of("self");
  /** Amazon. */
  public static final Owner AMAZON = ImmutableOwner.of("amazon");
  /** AWS Marketplace sellers. */
  public static final Owner AWS_MARKETPLACE = ImmutableOwner.of("aws-marketplace");
  /** AWS Backup logically air-gapped vaults. */
  public static final Owner AWS_BACKUP_VAULT = ImmutableOwner.of("aws-backup-vault");

  Owner() {}

  /**
   * An owner account.
   *
   * @param account the account
   * @return the owner
   */
  public static Owner account(AccountId account) {
    return ImmutableOwner.of(Check.notNull("owner", account).value());
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
    return switch (value) {
      case "self" -> SELF;
      case "amazon" -> AMAZON;
      case "aws-marketplace" -> AWS_MARKETPLACE;
      case "aws-backup-vault" -> AWS_BACKUP_VAULT;
      default -> account(value);
    };
  }

  /** The value as EC2 takes it. */
  @Value.Parameter
  public abstract String value();

  /** Whether this names an account by id. */
  public boolean isAccount() {
    return Character.isDigit(value().charAt(0));
  }

  @Override
  public String toString() {
    return value();
  }
}
