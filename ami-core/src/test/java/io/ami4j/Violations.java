package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a value is rejected before any call, naming the field and the rule it broke. */
public final class Violations {
  private Violations() {}

  /**
   * Runs {@code call} and checks that it raises {@link AmiValidationException} for {@code field}
   * with a rule containing every fragment, so the user learns what is allowed.
   *
   * @param call the code that must reject its input
   * @param field the field the exception must name
   * @param ruleFragments pieces of text the rule must contain
   * @return the exception, for further checks
   */
  public static AmiValidationException assertRejected(
      ThrowingCallable call, String field, String... ruleFragments) {
    AmiValidationException e = catchThrowableOfType(AmiValidationException.class, call);
    assertThat(e).as("expected AmiValidationException for field %s", field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(ruleFragments);
    assertThat(e.errorCode()).isEqualTo(AmiValidationException.CLIENT_CODE);
    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).contains(field).contains(e.rule());
    return e;
  }
}
