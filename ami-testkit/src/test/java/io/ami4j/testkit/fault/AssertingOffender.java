package io.ami4j.testkit.fault;

/** A class of the fault package that uses AssertJ, as a violation of OptionalTestLibrariesTest's rule would. */
public final class AssertingOffender {
  private AssertingOffender() {}

  /**
   * Checks a count with AssertJ.
   *
   * @param calls the count
   */
  public static void check(long calls) {
    org.assertj.core.api.Assertions.assertThat(calls).isNotNegative();
  }
}
