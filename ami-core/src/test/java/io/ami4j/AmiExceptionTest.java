package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What ami4j's exceptions carry for the code that handles them. */
class AmiExceptionTest {

  @Test
  void aClientValidationErrorNamesFieldValueAndRuleWhateverTheValueType() {
    AmiValidationException text = AmiValidationException.of("name", "x", "must be 3 to 128 characters");
    assertThat(text.field()).isEqualTo("name");
    assertThat(text.value()).isEqualTo("x");
    assertThat(text.rule()).isEqualTo("must be 3 to 128 characters");
    assertThat(text.errorCode()).isEqualTo(AmiValidationException.CLIENT_CODE);
    assertThat(text.getMessage()).isEqualTo("Invalid name 'x': must be 3 to 128 characters");

    AmiValidationException missing = AmiValidationException.of("region", null, "must be given");
    assertThat(missing.field()).isEqualTo("region");
    assertThat(missing.value()).isEqualTo("null");
    assertThat(missing.getMessage()).isEqualTo("Invalid region 'null': must be given");

    AmiValidationException number = new AmiValidationException("count", 0, "must be between 1 and 1000");
    assertThat(number.field()).isEqualTo("count");
    assertThat(number.value()).isEqualTo("0");
  }

  @Test
  void aBackendValidationErrorKeepsCodeMessageAndRequestId() {
    AmiValidationException e = AmiValidationException.answered("InvalidParameterValue", "Bad value", "req-1");
    assertThat(e.errorCode()).isEqualTo("InvalidParameterValue");
    assertThat(e.field()).isEmpty();
    assertThat(e.rule()).isEqualTo("Bad value");
    assertThat(e.requestId()).contains("req-1");
    assertThat(e.getMessage()).isEqualTo("Bad value (request id req-1)");
  }

  @Test
  void aTimeoutSaysHowLongWasWaited() {
    AmiTimeoutException e = new AmiTimeoutException("image ami-1a2b3c4d still pending", Duration.ofMinutes(40));
    assertThat(e.waited()).isEqualTo(Duration.ofMinutes(40));
    assertThat(e.errorCode()).isEqualTo(AmiTimeoutException.CODE);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void aBackendStateErrorHasNoTransition() {
    AmiStateException e = new AmiStateException("IncorrectInstanceState", "The instance is not running", null);
    assertThat(e.from()).isEmpty();
    assertThat(e.to()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("The instance is not running");
  }

  @Test
  void causesAreKept() {
    RuntimeException cause = new RuntimeException("connection reset");
    AmiBackendException e = new AmiBackendException("ami4j.Network", "network failure", null, cause);
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e.retryable()).isTrue();
    assertThat(new AmiThrottledException("RequestLimitExceeded", "slow down", null, cause).retryable()).isTrue();
    assertThat(new AmiNotFoundException("InvalidAMIID.NotFound", "gone", null, cause).retryable()).isFalse();
  }
}
