package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who may create volumes from a snapshot ({@code createVolumePermission}): one account, or
 * everyone. Sharing an image across accounts for copying needs its snapshots shared too.
 */
@Value.Immutable
public abstract class VolumePermission {
  private static final VolumePermission PUBLIC = ImmutableVolumePermission.of(Optional.empty());

  VolumePermission() {}

  /**
   * Permission for one account.
   *
   * @param account the account
   * @return the permission
   */
  public static VolumePermission account(AccountId account) {
    return ImmutableVolumePermission.of(Optional.of(Check.notNull("account", account)));
  }

  /** Permission for everyone ({@code Group=all}). */
  public static VolumePermission publicAccess() {
    return PUBLIC;
  }

  /** The account, unless public. */
  @Value.Parameter
  public abstract Optional<AccountId> account();

  /** Whether this grants everyone. */
  public boolean isPublic() {
    return account().isEmpty();
  }

  @Override
  public String toString() {
    return account().map(a -> "account:" + a).orElse("public");
  }
}
