package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
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
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.spi.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorsWireMockTest extends AwsWireMockSupport {
  private static final ImageId GOLDEN = ImageId.of("ami-0abcdef1234567890");
  private static final String REQUEST_ID = "7a62c49f-347e-4fc4-9331-6e8eEXAMPLE";

  /** Every error code of EC2-FACTS, with EC2's HTTP status, ami4j's type and whether it is retryable. */
  static Stream<Arguments> ec2ErrorCodes() {
    return Stream.of(
        Arguments.of("InvalidAMIID.Malformed", 400, AmiValidationException.class, false),
        Arguments.of("InvalidAMIID.NotFound", 400, AmiNotFoundException.class, false),
        Arguments.of("InvalidAMIID.Unavailable", 400, AmiStateException.class, false),
        Arguments.of("InvalidAMIName.Malformed", 400, AmiValidationException.class, false),
        Arguments.of("InvalidAMIName.Duplicate", 400, AmiConflictException.class, false),
        Arguments.of("InvalidAMIAttributeItemValue", 400, AmiValidationException.class, false),
        Arguments.of("InvalidInstanceID.NotFound", 400, AmiNotFoundException.class, false),
        Arguments.of("InvalidSnapshot.NotFound", 400, AmiNotFoundException.class, false),
        Arguments.of("InvalidSnapshot.InUse", 400, AmiConflictException.class, false),
        Arguments.of("InvalidParameterValue", 400, AmiValidationException.class, false),
        Arguments.of("InvalidParameterCombination", 400, AmiValidationException.class, false),
        Arguments.of("IncorrectInstanceState", 400, AmiStateException.class, false),
        Arguments.of("IncorrectState", 400, AmiStateException.class, false),
        Arguments.of("AuthFailure", 401, AmiPermissionDeniedException.class, false),
        Arguments.of("UnauthorizedOperation", 403, AmiPermissionDeniedException.class, false),
        Arguments.of("OptInRequired", 401, AmiOptInRequiredException.class, false),
        Arguments.of("IdempotentParameterMismatch", 400, AmiConflictException.class, false),
        Arguments.of("ResourceLimitExceeded", 400, AmiQuotaExceededException.class, false),
        Arguments.of("RequestLimitExceeded", 400, AmiThrottledException.class, true),
        Arguments.of("InternalError", 500, AmiBackendException.class, true),
        Arguments.of("Unavailable", 503, AmiBackendException.class, true),
        Arguments.of("DryRunOperation", 412, AmiDryRunException.class, false));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("ec2ErrorCodes")
  void everyEc2ErrorCodeBecomesItsAmiException(String code, int status, Class<? extends AmiException> type,
      boolean retryable) {
    failEc2("DeregisterImage", status, code, "EC2 says " + code, REQUEST_ID);

    assertThatThrownBy(() -> aws.deregisterImage(CALL, GOLDEN, true))
        .isInstanceOfSatisfying(type, e -> {
          assertThat(e.errorCode()).isEqualTo(code);
          assertThat(e.getMessage()).startsWith("EC2 says " + code);
          assertThat(e.requestId()).contains(REQUEST_ID);
          assertThat(e.retryable()).isEqualTo(retryable);
        });
    // The SDK's retries are off: whatever the answer, one request went out.
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void throttlingIsRetryableAndTheSdkDoesNotRetryIt() {
    failEc2("DescribeImages", 400, "RequestLimitExceeded", "Request limit exceeded.", REQUEST_ID);

    assertThatThrownBy(() -> aws.describeImages(CALL, ImageQuery.all(), PageRequest.first()))
        .isInstanceOfSatisfying(AmiThrottledException.class, e -> {
          assertThat(e.retryable()).isTrue();
          assertThat(e.errorCode()).isEqualTo("RequestLimitExceeded");
        });
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void throttlingAnsweredWith503IsStillThrottling() {
    // EC2 has answered RequestLimitExceeded with HTTP 503 too: the code decides, not the status.
    failEc2("DescribeImages", 503, "RequestLimitExceeded", "Request limit exceeded.", REQUEST_ID);

    assertThatThrownBy(() -> aws.describeImages(CALL, ImageQuery.all(), PageRequest.first()))
        .isInstanceOfSatisfying(AmiThrottledException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void aServerErrorIsARetryableBackendFailureSentOnce() {
    failEc2("CreateTags", 500, "InternalError", "An internal error has occurred", REQUEST_ID);

    assertThatThrownBy(() -> aws.createTags(CALL, List.of(GOLDEN), java.util.Map.of("env", "prod")))
        .isInstanceOfSatisfying(AmiBackendException.class, e -> {
          assertThat(e.retryable()).isTrue();
          assertThat(e.requestId()).contains(REQUEST_ID);
        });
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void a5xxWithoutAnEc2BodyIsStillARetryableBackendFailure() {
    wm.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

    assertThatThrownBy(() -> aws.deregisterImage(CALL, GOLDEN, false))
        .isInstanceOfSatisfying(AmiBackendException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void aDroppedConnectionIsARetryableBackendFailure() {
    wm.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> aws.describeImages(CALL, ImageQuery.all(), PageRequest.first()))
        .isInstanceOfSatisfying(AmiBackendException.class, e -> {
          assertThat(e.retryable()).isTrue();
          assertThat(e.errorCode()).isEqualTo("ami4j.ClientFailure");
          assertThat(e.getMessage()).contains("DescribeImages");
        });
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void anAttemptTimeoutIsARetryableBackendFailure() {
    wm.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)
        .withBody(ec2Answer("DescribeImages", "<imagesSet/>"))));

    try (AwsAmiProvider impatient = builder().apiCallAttemptTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(() -> impatient.describeImages(CALL, ImageQuery.all(), PageRequest.first()))
          .isInstanceOfSatisfying(AmiBackendException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.errorCode()).isEqualTo("ami4j.CallTimeout");
          });
    }
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void aDryRunThatWouldSucceedIsADryRunException() {
    failEc2("DeregisterImage", 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.",
        REQUEST_ID);

    assertThatThrownBy(() -> aws.deregisterImage(CALL.asDryRun(), GOLDEN, true))
        .isInstanceOf(AmiDryRunException.class);
    assertThat(onlyRequest("DeregisterImage")).isEqualTo(ec2Params("DeregisterImage",
        "ImageId", "ami-0abcdef1234567890", "DeleteAssociatedSnapshots", "true", "DryRun", "true"));
  }

  @Test
  void anUnknownCodeIsAnAmiExceptionThatIsNotRetried() {
    failEc2("DescribeImages", 400, "Ec2BrandNewError", "Something new", REQUEST_ID);

    assertThatThrownBy(() -> aws.describeImages(CALL, ImageQuery.all(), PageRequest.first()))
        .isExactlyInstanceOf(AmiException.class)
        .satisfies(e -> assertThat(((AmiException) e).retryable()).isFalse());
  }
}
