package io.ami4j.testkit.assertions;

import io.ami4j.DeregistrationReport;
import io.ami4j.model.DeregistrationResult;
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
 *
 * assertThat(image).isAvailable().hasTag("env", "prod").isNotPublic();
 * assertThat(instance).isRunning().wasLaunchedFrom(image.id());
 * assertThat(result).deletedSnapshots(rootSnapshot);
 * assertThatSharing(permissions).isSharedWith(AccountId.of("123456789012"));
 * }</pre>
 */
public final class AmiAssertions {
  private AmiAssertions() {}

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
  public static DeregistrationResultAssert assertThat(DeregistrationResult actual) {
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
  public static DeregistrationResultAssert assertThat(DeregistrationReport actual) {
    return new DeregistrationResultAssert(actual == null ? null
        : DeregistrationResult.of(actual.imageId(), actual.snapshots()));
  }

  /**
   * Assertions on an image's launch permissions.
   *
   * @param actual the permissions, as DescribeImageAttribute reports them
   * @return the assertion
   */
  public static SharingAssert assertThat(List<LaunchPermission> actual) {
    return new SharingAssert(actual);
  }

  /**
   * Assertions on an image's launch permissions; the same as {@link #assertThat(List)}, under a
   * name that does not clash with AssertJ's own {@code assertThat(List)} when both are imported.
   *
   * @param actual the permissions
   * @return the assertion
   */
  public static SharingAssert assertThatSharing(List<LaunchPermission> actual) {
    return new SharingAssert(actual);
  }
}
