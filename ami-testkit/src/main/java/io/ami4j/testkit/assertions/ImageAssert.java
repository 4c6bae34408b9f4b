package io.ami4j.testkit.assertions;

import io.ami4j.model.Image;

/**
 * Assertions on an {@link Image}; made by {@link AmiAssertions#assertThat(Image)}.
 *
 * <pre>{@code assertThat(image).isAvailable().hasName("web-1").hasTag("env", "prod").isEncrypted(); }</pre>
 *
 * <p>Not final, as AssertJ's own assertion classes are not; to add checks of your own, extend
 * {@link AbstractImageAssert} instead, so that the inherited checks return your class.
 */
public class ImageAssert extends AbstractImageAssert<ImageAssert> {
  /**
   * Starts assertions on a value; {@link AmiAssertions#assertThat(Image)} is the usual way in.
   *
   * @param actual the value
   */
  public ImageAssert(Image actual) {
    super(actual, ImageAssert.class);
  }
}
