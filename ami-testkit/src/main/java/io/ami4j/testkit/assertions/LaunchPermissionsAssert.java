package io.ami4j.testkit.assertions;

import io.ami4j.model.LaunchPermission;
import java.util.List;

/**
 * Assertions on an image's launch permissions; made by
 * {@link AmiAssertions#assertThatLaunchPermissions(List)}.
 *
 * <pre>{@code
 * assertThatLaunchPermissions(amis.sharing(image).list())
 *     .isSharedWith(AccountId.of("123456789012"))
 *     .isSharedWithOrganization(OrganizationArn.of("arn:aws:organizations::123456789012:organization/o-abc123defg"));
 * }</pre>
 *
 * <p>Not final, as AssertJ's own assertion classes are not; to add checks of your own, extend
 * {@link AbstractLaunchPermissionsAssert} instead, so that the inherited checks return your class.
 */
public class LaunchPermissionsAssert extends AbstractLaunchPermissionsAssert<LaunchPermissionsAssert> {
  /**
   * Starts assertions on a value; {@link AmiAssertions#assertThatLaunchPermissions(List)} is the usual
   * way in.
   *
   * @param actual the value
   */
  public LaunchPermissionsAssert(List<LaunchPermission> actual) {
    super(actual, LaunchPermissionsAssert.class);
  }
}
