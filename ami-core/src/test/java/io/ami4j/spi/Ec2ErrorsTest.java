package io.ami4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiBackendException;
import io.ami4j.AmiConflictException;
import io.ami4j.AmiDryRunException;
import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiOptInRequiredException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.AmiQuotaExceededException;
import io.ami4j.AmiStateException;
import io.ami4j.AmiThrottledException;
import io.ami4j.AmiValidationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error code of EC2-FACTS maps to the same exception type, whoever raises it. */
class Ec2ErrorsTest {

  /** Code, exception type, HTTP status EC2 answers with. */
  static Stream<Arguments> ec2Codes() {
    return Stream.of(
        Arguments.of("InvalidAMIID.Malformed", AmiValidationException.class, 400),
        Arguments.of("InvalidAMIID.NotFound", AmiNotFoundException.class, 400),
        Arguments.of("InvalidAMIID.Unavailable", AmiStateException.class, 400),
        Arguments.of("InvalidAMIName.Malformed", AmiValidationException.class, 400),
        Arguments.of("InvalidAMIName.Duplicate", AmiConflictException.class, 400),
        Arguments.of("InvalidAMIAttributeItemValue", AmiValidationException.class, 400),
        Arguments.of("InvalidInstanceID.NotFound", AmiNotFoundException.class, 400),
        Arguments.of("InvalidSnapshot.NotFound", AmiNotFoundException.class, 400),
        Arguments.of("NotFoundException", AmiNotFoundException.class, 400),
        Arguments.of("InvalidSnapshot.InUse", AmiConflictException.class, 400),
        Arguments.of("InvalidParameterValue", AmiValidationException.class, 400),
        Arguments.of("InvalidParameterCombination", AmiValidationException.class, 400),
        Arguments.of("IncorrectInstanceState", AmiStateException.class, 400),
        Arguments.of("IncorrectState", AmiStateException.class, 400),
        Arguments.of("AuthFailure", AmiPermissionDeniedException.class, 400),
        Arguments.of("OperationNotPermitted", AmiPermissionDeniedException.class, 400),
        Arguments.of("InvalidClientTokenId", AmiPermissionDeniedException.class, 400),
        Arguments.of("ExpiredToken", AmiPermissionDeniedException.class, 400),
        Arguments.of("UnsupportedOperation", AmiValidationException.class, 400),
        Arguments.of("UnauthorizedOperation", AmiPermissionDeniedException.class, 400),
        Arguments.of("OptInRequired", AmiOptInRequiredException.class, 400),
        Arguments.of("IdempotentParameterMismatch", AmiConflictException.class, 400),
        Arguments.of("ResourceLimitExceeded", AmiQuotaExceededException.class, 400),
        Arguments.of("RequestLimitExceeded", AmiThrottledException.class, 400),
        Arguments.of("InternalError", AmiBackendException.class, 500),
        Arguments.of("Unavailable", AmiBackendException.class, 503),
        Arguments.of("DryRunOperation", AmiDryRunException.class, 412));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ec2Codes")
  void eachCodeMapsToItsTypeWithEverythingTheBackendSaid(
      String code, Class<? extends AmiException> type, int status) {
    assertThat(Ec2Errors.httpStatus(code)).isEqualTo(status);

    AmiException e = Ec2Errors.toException(code, "What EC2 said", "req-1234", status);

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.requestId()).contains("req-1234");
    assertThat(e.getMessage()).isEqualTo("What EC2 said (request id req-1234)");
    boolean throttlingOr5xx = code.equals("RequestLimitExceeded") || status >= 500;
    assertThat(e.retryable()).as("retryable").isEqualTo(throttlingOr5xx);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ec2Codes")
  void aMissingRequestIdLeavesTheMessageAlone(String code, Class<? extends AmiException> type, int status) {
    AmiException e = Ec2Errors.toException(code, "What EC2 said", null, status);
    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.requestId()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("What EC2 said");
  }

  @Test
  void aBackendValidationErrorCarriesTheMessageAsItsRule() {
    AmiValidationException e = (AmiValidationException) Ec2Errors.toException(
        "InvalidAMIName.Malformed", "AMI names must be between 3 and 128 characters long", "r", 400);
    assertThat(e.field()).isEmpty();
    assertThat(e.rule()).isEqualTo("AMI names must be between 3 and 128 characters long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Throttling", "ThrottlingException"})
  void otherServicesThrottlingCodesAreThrottlingToo(String code) {
    AmiException e = Ec2Errors.toException(code, "Rate exceeded", "r", 400);
    assertThat(e).isExactlyInstanceOf(AmiThrottledException.class);
    assertThat(e.retryable()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void any5xxIsARetryableBackendFailureWhateverTheCode(int status) {
    AmiException e = Ec2Errors.toException("SomethingOdd", "Bad gateway", null, status);
    assertThat(e).isExactlyInstanceOf(AmiBackendException.class);
    assertThat(e.retryable()).isTrue();
    assertThat(e.errorCode()).isEqualTo("SomethingOdd");
  }

  @Test
  void a5xxWithoutACodeIsAnInternalError() {
    AmiException e = Ec2Errors.toException(null, "no body", null, 502);
    assertThat(e).isExactlyInstanceOf(AmiBackendException.class);
    assertThat(e.errorCode()).isEqualTo("InternalError");
    assertThat(Ec2Errors.toException("", "no body", null, 500).errorCode()).isEqualTo("InternalError");
  }

  @Test
  void throttlingAnsweredWithA503IsStillThrottling() {
    AmiException e = Ec2Errors.toException("RequestLimitExceeded", "Request limit exceeded.", "r", 503);
    assertThat(e).isExactlyInstanceOf(AmiThrottledException.class);
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void unknownClientCodesAreNotRetryable() {
    AmiException generic = Ec2Errors.toException("SomethingNew", "new", null, 400);
    assertThat(generic).isExactlyInstanceOf(AmiException.class);
    assertThat(generic.retryable()).isFalse();
    AmiException noCode = Ec2Errors.toException(null, "empty body", null, 400);
    assertThat(noCode.errorCode()).isEqualTo("Unknown");
    assertThat(noCode.retryable()).isFalse();
    assertThat(Ec2Errors.toException("MissingParameter", "m", null, 400))
        .isExactlyInstanceOf(AmiValidationException.class);
    assertThat(Ec2Errors.toException("InvalidVolume.NotFound", "m", null, 400))
        .isExactlyInstanceOf(AmiNotFoundException.class);
  }

  @Test
  void theCodeConstantsAreEc2sSpelling() {
    assertThat(Ec2Errors.THROTTLED).isEqualTo("RequestLimitExceeded");
    assertThat(Ec2Errors.INTERNAL_ERROR).isEqualTo("InternalError");
    assertThat(Ec2Errors.UNAVAILABLE).isEqualTo("Unavailable");
    assertThat(Ec2Errors.DRY_RUN_OPERATION).isEqualTo("DryRunOperation");
  }
}
