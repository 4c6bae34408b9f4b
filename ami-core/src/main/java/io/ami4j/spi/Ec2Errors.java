package io.ami4j.spi;

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

/**
 * The one mapping between EC2's error codes and ami4j's exception types, used by every provider
 * (the AWS provider to translate answers, the fake to raise them) so that both raise the same
 * type for the same code.
 *
 * <pre>{@code
 * throw Ec2Errors.toException("InvalidAMIID.NotFound", "The image id '[ami-…]' does not exist", requestId, 400);
 * }</pre>
 */
public final class Ec2Errors {
  /** {@code RequestLimitExceeded}: the action's token bucket is empty. */
  public static final String THROTTLED = "RequestLimitExceeded";
  /** {@code InternalError}: HTTP 500. */
  public static final String INTERNAL_ERROR = "InternalError";
  /** {@code Unavailable}: HTTP 503. */
  public static final String UNAVAILABLE = "Unavailable";
  /** {@code DryRunOperation}: a dry run that would have succeeded. */
  public static final String DRY_RUN_OPERATION = "DryRunOperation";
  /** KMS's code for a key it does not know (DescribeKey). */
  public static final String KMS_NOT_FOUND = "NotFoundException";

  private Ec2Errors() {}

  /**
   * Maps an EC2 error code onto ami4j's exception type.
   *
   * @param code EC2's error code
   * @param message EC2's message
   * @param requestId the request id, or {@code null}
   * @param httpStatus the HTTP status of the answer (a 5xx is always a retryable backend failure)
   * @return the exception to throw
   */
  public static AmiException toException(
      String code, String message, String requestId, int httpStatus) {
    if (code == null || code.isEmpty()) {
      code = httpStatus >= 500 ? INTERNAL_ERROR : "Unknown";
    }
    if (code.equals(THROTTLED) || code.equals("Throttling") || code.equals("ThrottlingException")) {
      return new AmiThrottledException(code, message, requestId);
    }
    if (httpStatus >= 500 || code.equals(INTERNAL_ERROR) || code.equals(UNAVAILABLE)
        || code.equals("ServiceUnavailable") || code.equals("InternalFailure")) {
      return new AmiBackendException(code, message, requestId);
    }
    if (code.equals(DRY_RUN_OPERATION)) {
      return new AmiDryRunException(code, message, requestId);
    }
    if (code.endsWith(".NotFound") || code.equals("ParameterNotFound") || code.equals(KMS_NOT_FOUND)) {
      return new AmiNotFoundException(code, message, requestId);
    }
    switch (code) {
      case "InvalidAMIName.Duplicate":
      case "IdempotentParameterMismatch":
      case "InvalidSnapshot.InUse":
      case "InvalidImage.InUse":
        return new AmiConflictException(code, message, requestId);
      case "InvalidAMIID.Unavailable":
      case "IncorrectState":
      case "IncorrectInstanceState":
      case "InvalidInstanceID.NotRunning":
        return new AmiStateException(code, message, requestId);
      case "AuthFailure":
      case "UnauthorizedOperation":
      case "OperationNotPermitted":
      case "InvalidClientTokenId":
      case "ExpiredToken":
      case "SignatureDoesNotMatch":
      case "AccessDenied":
      case "AccessDeniedException":
        return new AmiPermissionDeniedException(code, message, requestId);
      case "OptInRequired":
        return new AmiOptInRequiredException(code, message, requestId);
      case "ResourceLimitExceeded":
      case "AMIQuotaExceeded":
      case "InstanceLimitExceeded":
        return new AmiQuotaExceededException(code, message, requestId);
      default:
        break;
    }
    if (code.startsWith("Invalid") || code.startsWith("Missing") || code.equals("UnknownParameter")
        || code.equals("UnsupportedOperation")) {
      return AmiValidationException.answered(code, message, requestId);
    }
    return new AmiException(code, message, requestId, false, null);
  }

  /**
   * The HTTP status EC2 answers with for an error code: 503 for {@code Unavailable}, 500 for
   * {@code InternalError}, 412 for {@code DryRunOperation} (a dry run that would have succeeded),
   * 400 for everything else (including throttling).
   *
   * @param code EC2's error code
   * @return the HTTP status
   */
  public static int httpStatus(String code) {
    if (UNAVAILABLE.equals(code)) {
      return 503;
    }
    if (INTERNAL_ERROR.equals(code)) {
      return 500;
    }
    if (DRY_RUN_OPERATION.equals(code)) {
      return 412;
    }
    return 400;
  }
}
