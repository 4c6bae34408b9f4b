package io.ami4j.testkit.assertions;

import io.ami4j.model.Instance;

/**
 * Assertions on an {@link Instance}; made by {@link AmiAssertions#assertThat(Instance)}.
 *
 * <pre>{@code assertThat(instance).isRunning().wasLaunchedFrom(golden.id()).hasTag("env", "prod"); }</pre>
 *
 * <p>Not final, as AssertJ's own assertion classes are not; to add checks of your own, extend
 * {@link AbstractInstanceAssert} instead, so that the inherited checks return your class.
 */
public class InstanceAssert extends AbstractInstanceAssert<InstanceAssert> {
  /**
   * Starts assertions on a value; {@link AmiAssertions#assertThat(Instance)} is the usual way in.
   *
   * @param actual the value
   */
  public InstanceAssert(Instance actual) {
    super(actual, InstanceAssert.class);
  }
}
