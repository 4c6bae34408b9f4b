package io.ami4j.testkit.assertions;

import io.ami4j.model.AccountId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.OrganizationArn;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions on an image's launch permissions, for extension as AssertJ's own
 * {@code Abstract*Assert} classes are: a subclass passes itself as {@code SELF}, and every check
 * returns it, so inherited and added checks chain. {@link LaunchPermissionsAssert} is the one
 * {@link AmiAssertions#assertThatLaunchPermissions(List)} returns; see {@link AbstractImageAssert} for an example.
 *
 * @param <SELF> the assertion class itself, which every check returns
 */
public abstract class AbstractLaunchPermissionsAssert<SELF extends AbstractLaunchPermissionsAssert<SELF>>
    extends AbstractAssert<SELF, List<LaunchPermission>> {

  /**
   * Starts assertions on a value.
   *
   * @param actual the value (null fails every check but {@code isNull()})
   * @param selfType the class of the concrete assertion, {@code SELF}
   */
  protected AbstractLaunchPermissionsAssert(List<LaunchPermission> actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Checks that one account may launch the image.
   *
   * @param account the account
   * @return this assertion, for chaining
   */
  public SELF isSharedWith(AccountId account) {
    return includes(LaunchPermission.account(account), "account", account);
  }

  /**
   * Checks that every account of an organization may launch the image.
   *
   * @param organization the organization's ARN
   * @return this assertion, for chaining
   */
  public SELF isSharedWithOrganization(OrganizationArn organization) {
    return includes(LaunchPermission.organization(organization), "organization", organization);
  }

  /**
   * Checks that every account of an organization may launch the image.
   *
   * @param organizationArn the organization's ARN
   * @return this assertion, for chaining
   */
  public SELF isSharedWithOrganization(String organizationArn) {
    return isSharedWithOrganization(OrganizationArn.of(organizationArn));
  }

  /**
   * Checks that the image is public ({@code Group=all}).
   *
   * @return this assertion, for chaining
   */
  public SELF isPublic() {
    return includes(LaunchPermission.publicAccess(), "everyone", "all");
  }

  /**
   * Checks that nobody but the owner may launch the image: no launch permission at all.
   *
   * @return this assertion, for chaining
   */
  public SELF isNotShared() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected image not to be shared but its launch permissions were <%s>", actual);
    }
    return myself;
  }

  private SELF includes(LaunchPermission permission, String kind, Object who) {
    isNotNull();
    if (!actual.contains(permission)) {
      failWithMessage("Expected image to be shared with %s <%s> but its launch permissions were <%s>", kind, who,
          actual);
    }
    return myself;
  }
}
