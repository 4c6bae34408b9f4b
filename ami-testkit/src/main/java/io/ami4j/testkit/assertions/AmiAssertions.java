package io.ami4j.testkit.assertions;

import io.ami4j.DeregistrationResult;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Image;
import io.ami4j.model.Instance;
import io.ami4j.model.LaunchPermission;
import java.util.List;

/**
 * The entry point of ami4j's AssertJ assertions. Each check returns the assertion, so checks chain,
 * and a failure says what was expected and what was found.
 *
 * <pre>{@code
 * import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
 * import static io.ami4j.testkit.assertions.AmiAssertions.assertThatLaunchPermissions;
 * import static org.assertj.core.api.Assertions.assertThat;          // both entry points side by side
 *
 * assertThat(image).isAvailable().hasTag("env", "prod").isNotPublic();
 * assertThat(instance).isRunning().wasLaunchedFrom(image.id());
 * assertThat(result).deletedSnapshots(rootSnapshot);
 * assertThatLaunchPermissions(amis.sharing(image.id()).list()).isSharedWith(AccountId.of("123456789012"));
 * assertThat(amis.sharing(image.id()).list()).hasSize(1);            // AssertJ's list assertions
 * }</pre>
 *
 * <p>Every {@code assertThat} here takes an ami4j type, so it never competes with AssertJ's own
 * overloads; launch permissions are a plain {@code List}, so their entry point has its own name,
 * as AssertJ's {@code assertThatList} and {@code assertThatObject} do. Like AssertJ's
 * {@code Assertions}, the class may be extended by a team's own entry point, and each assertion
 * class has an {@code Abstract*Assert} to extend with checks of its own (see
 * {@link AbstractImageAssert}).
 *
 * <p>Needs AssertJ on the class path (ami-testkit declares it optional; see ami4j-bom for the
 * version it is built with).
 */
public class AmiAssertions {
  /** For a team's own entry point that extends this one; the methods are static. */
  protected AmiAssertions() {}

  /**
   * Assertions on an image.
   *
   * @param actual the image
   * @return the assertion
   */
  public static ImageAssert assertThat(Image actual) {
    return new ImageAssert(actual);
  }

  /**
   * Assertions on an instance.
   *
   * @param actual the instance
   * @return the assertion
   */
  public static InstanceAssert assertThat(Instance actual) {
    return new InstanceAssert(actual);
  }

  /**
   * Assertions on the answer of a deregistration.
   *
   * @param actual the result
   * @return the assertion
   */
  public static DeregistrationResultAssert assertThat(DeregisterImageAnswer actual) {
    return new DeregistrationResultAssert(actual);
  }

  /**
   * Assertions on the report of the client's {@code deregister(id)…submit().await()}.
   *
   * <pre>{@code assertThat(amis.deregister(id).deleteSnapshots().submit().await()).deletedSnapshots(a, b); }</pre>
   *
   * @param actual the report
   * @return the assertion
   */
  public static DeregistrationResultAssert assertThat(DeregistrationResult actual) {
    return new DeregistrationResultAssert(actual == null ? null
        : DeregisterImageAnswer.of(actual.imageId(), actual.snapshots()));
  }

  /**
   * Assertions on an image's launch permissions, as {@code amis.sharing(id).list()} or
   * DescribeImageAttribute answer them. Named apart from {@code assertThat} so that it never meets
   * AssertJ's {@code assertThat(List)}.
   *
   * <pre>{@code assertThatLaunchPermissions(amis.sharing(golden.id()).list()).isSharedWith(partner); }</pre>
   *
   * @param actual the permissions
   * @return the assertion
   */
  public static LaunchPermissionsAssert assertThatLaunchPermissions(List<LaunchPermission> actual) {
    return new LaunchPermissionsAssert(actual);
  }

  /**
   * The former name of {@link #assertThatLaunchPermissions(List)}.
   *
   * @param actual the permissions
   * @return the assertion
   * @deprecated use {@link #assertThatLaunchPermissions(List)}; this name goes before 1.0
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static LaunchPermissionsAssert assertThatSharing(List<LaunchPermission> actual) {
    return assertThatLaunchPermissions(actual);
  }
}
