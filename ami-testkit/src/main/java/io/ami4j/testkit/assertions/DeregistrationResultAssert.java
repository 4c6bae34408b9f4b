package io.ami4j.testkit.assertions;

import io.ami4j.model.DeregisterImageAnswer;

/**
 * Assertions on the answer of DeregisterImage with its snapshots; made by
 * {@link AmiAssertions#assertThat(DeregisterImageAnswer)}.
 *
 * <pre>{@code assertThat(result).deletedSnapshots(root, data).skippedSnapshots(shared); }</pre>
 *
 * <p>Not final, as AssertJ's own assertion classes are not; to add checks of your own, extend
 * {@link AbstractDeregistrationResultAssert} instead, so that the inherited checks return your class.
 */
public class DeregistrationResultAssert extends AbstractDeregistrationResultAssert<DeregistrationResultAssert> {
  /**
   * Starts assertions on a value; {@link AmiAssertions#assertThat(DeregisterImageAnswer)} is the usual way in.
   *
   * @param actual the value
   */
  public DeregistrationResultAssert(DeregisterImageAnswer actual) {
    super(actual, DeregistrationResultAssert.class);
  }
}
