package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import java.util.Objects;

/**
 * Who may create volumes from a snapshot ({@code createVolumePermission}): one account, or
 * everyone. Sharing an image across accounts for copying needs its snapshots shared too.
 */
public final class VolumePermission {
  private static final VolumePermission PUBLIC = new VolumePermission(null);

  private final AccountId account;

  private VolumePermission(AccountId account) {
    this.account = account;
  }

  /**
   * Permission for one account.
   *
   * @param account the account
   * @return the permission
   */
  public static VolumePermission account(AccountId account) {
    return new VolumePermission(Check.notNull("account", account));
  }

  /** Permission for everyone ({@code Group=all}). */
  public static VolumePermission publicAccess() {
    return PUBLIC;
  }

  /** The account, unless public. */
  public java.util.Optional<AccountId> account() {
    return java.util.Optional.ofNullable(account);
  }

  /** Whether this grants everyone. */
  public boolean isPublic() {
    return account == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VolumePermission && Objects.equals(((VolumePermission) o).account, account);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(account);
  }

  @Override
  public String toString() {
    return account == null ? "public" : "account:" + account;
  }
}
