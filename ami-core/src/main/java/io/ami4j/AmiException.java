package io.ami4j;

import java.util.Optional;

/**
 * Root of every error ami4j raises. Carries the backend's error code (EC2's, such as
 * {@code InvalidAMIID.NotFound}), the request id when the backend gave one, and whether retrying
 * the same call may succeed.
 *
 * <p>Providers raise the same subtypes with the same codes, so code that handles errors works
 * the same against real AWS and against the in-memory fake.
 */
public class AmiException extends RuntimeException {
  private final String errorCode;
  private final String requestId;
  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param errorCode the backend's error code, or an ami4j code such as {@code ami4j.Timeout}
   * @param message what happened and, where it helps, what to do
   * @param requestId the backend's request id, or {@code null}
   * @param retryable whether the same call may succeed when tried again
   * @param cause the cause, or {@code null}
   */
  public AmiException(
      String errorCode, String message, String requestId, boolean retryable, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
    this.requestId = requestId;
    this.retryable = retryable;
  }

  /** The backend's error code, e.g. {@code InvalidAMIName.Duplicate}. */
  public String errorCode() {
    return errorCode;
  }

  /** The backend's request id, when it gave one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Whether the same call may succeed when tried again (throttling, 5xx, network). */
  public boolean retryable() {
    return retryable;
  }

  @Override
  public String getMessage() {
    String m = super.getMessage();
    return requestId == null ? m : m + " (request id " + requestId + ")";
  }
}
