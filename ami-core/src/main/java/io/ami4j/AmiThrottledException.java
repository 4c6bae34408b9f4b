package io.ami4j;

/** The backend refused the call because its rate limit was reached ({@code RequestLimitExceeded}); always retryable. */
public class AmiThrottledException extends AmiException {
  /**
   * Creates the exception.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   */
  public AmiThrottledException(String errorCode, String message, String requestId) {
    super(errorCode, message, requestId, true, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   * @param cause the cause
   */
  public AmiThrottledException(String errorCode, String message, String requestId, Throwable cause) {
    super(errorCode, message, requestId, true, cause);
  }
}
