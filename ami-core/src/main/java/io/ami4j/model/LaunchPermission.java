package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import org.immutables.value.Value;

/**
 * Who may launch an image: an account, an organization, an organizational unit, or everyone
 * (public).
 *
 * <pre>{@code
 * LaunchPermission.account("123456789012");
 * LaunchPermission.organization("arn:aws:organizations::123456789012:organization/o-exampleorgid");
 * LaunchPermission.publicAccess(); // only through the explicit makePublic() call of the client
 * }</pre>
 */
@Value.Immutable
public abstract class LaunchPermission {
  /** The kind of grantee. */
  public enum Kind {
    /** One account ({@code UserId}). */
    ACCOUNT,
    /** Every account of an organization ({@code OrganizationArn}). */
    ORGANIZATION,
    /** Every account of an organizational unit ({@code OrganizationalUnitArn}). */
    ORGANIZATIONAL_UNIT,
    /** Everyone ({@code Group=all}). */
    PUBLIC
  }

  private static final LaunchPermission PUBLIC = ImmutableLaunchPermission.of(Kind.PUBLIC, "all");

  LaunchPermission() {}

  /**
   * Launch permission for one account.
   *
   * @param account the account
   * @return the permission
   */
  public static LaunchPermission account(AccountId account) {
    return ImmutableLaunchPermission.of(Kind.ACCOUNT, Check.notNull("account", account).value());
  }

  /**
   * Launch permission for one account.
   *
   * @param accountId twelve digits
   * @return the permission
   */
  public static LaunchPermission account(String accountId) {
    return account(AccountId.of(accountId));
  }

  /**
   * Launch permission for an organization.
   *
   * @param arn the organization's ARN
   * @return the permission
   */
  public static LaunchPermission organization(OrganizationArn arn) {
    return ImmutableLaunchPermission.of(Kind.ORGANIZATION, Check.notNull("organizationArn", arn).value());
  }

  /**
   * Launch permission for an organization.
   *
   * @param arn the organization's ARN
   * @return the permission
   */
  public static LaunchPermission organization(String arn) {
    return organization(OrganizationArn.of(arn));
  }

  /**
   * Launch permission for an organizational unit.
   *
   * @param arn the OU's ARN
   * @return the permission
   */
  public static LaunchPermission organizationalUnit(OrganizationalUnitArn arn) {
    return ImmutableLaunchPermission.of(Kind.ORGANIZATIONAL_UNIT, Check.notNull("organizationalUnitArn", arn).value());
  }

  /**
   * Launch permission for an organizational unit.
   *
   * @param arn the OU's ARN
   * @return the permission
   */
  public static LaunchPermission organizationalUnit(String arn) {
    return organizationalUnit(OrganizationalUnitArn.of(arn));
  }

  /** Launch permission for everyone ({@code Group=all}). */
  public static LaunchPermission publicAccess() {
    return PUBLIC;
  }

  /** The kind of grantee. */
  @Value.Parameter
  public abstract Kind kind();

  /** The account id, ARN, or {@code all}. */
  @Value.Parameter
  public abstract String value();

  /** Whether this grants everyone. */
  public boolean isPublic() {
    return kind() == Kind.PUBLIC;
  }

  @Override
  public String toString() {
    return kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + value();
  }
}
