package io.ami4j.testkit.assertions;

import io.ami4j.model.AccountId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.OrganizationArn;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an image's launch permissions; made by {@link AmiAssertions#assertThat(List)} or
 * {@link AmiAssertions#assertThatSharing(List)}.
 *
 * <pre>{@code
 * assertThatSharing(provider.describeLaunchPermissions(call, image))
 *     .isSharedWith(AccountId.of("123456789012"))
 *     .isSharedWithOrganization(OrganizationArn.of("arn:aws:organizations::123456789012:organization/o-abc123defg"));
 * }</pre>
 */
public final class SharingAssert extends AbstractAssert<SharingAssert, List<LaunchPermission>> {

  SharingAssert(List<LaunchPermission> actual) {
    super(actual, SharingAssert.class);
  }

  /**
   * Checks that one account may launch the image.
   *
   * @param account the account
   * @return this assertion
   */
  public SharingAssert isSharedWith(AccountId account) {
    return includes(LaunchPermission.account(account), "account", account);
  }

  /**
   * Checks that every account of an organization may launch the image.
   *
   * @param organization the organization's ARN
   * @return this assertion
   */
  public SharingAssert isSharedWithOrganization(OrganizationArn organization) {
    return includes(LaunchPermission.organization(organization), "organization", organization);
  }

  /**
   * Checks that every account of an organization may launch the image.
   *
   * @param organizationArn the organization's ARN
   * @return this assertion
   */
  public SharingAssert isSharedWithOrganization(String organizationArn) {
    return isSharedWithOrganization(OrganizationArn.of(organizationArn));
  }

  /**
   * Checks that the image is public ({@code Group=all}).
   *
   * @return this assertion
   */
  public SharingAssert isPublic() {
    return includes(LaunchPermission.publicAccess(), "everyone", "all");
  }

  /**
   * Checks that nobody but the owner may launch the image: no launch permission at all.
   *
   * @return this assertion
   */
  public SharingAssert isNotShared() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected image not to be shared but its launch permissions were <%s>", actual);
    }
    return this;
  }

  private SharingAssert includes(LaunchPermission permission, String kind, Object who) {
    isNotNull();
    if (!actual.contains(permission)) {
      failWithMessage("Expected image to be shared with %s <%s> but its launch permissions were <%s>", kind, who,
          actual);
    }
    return this;
  }
}
