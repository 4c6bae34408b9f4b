package io.ami4j;

/** An account quota was reached, e.g. more than five public images per region ({@code ResourceLimitExceeded}). */
public class AmiQuotaExceededException extends AmiException {
  /**
   * Creates the exception.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   */
  public AmiQuotaExceededException(String errorCode, String message, String requestId) {
    super(errorCode, message, requestId, false, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   * @param cause the cause
   */
  public AmiQuotaExceededException(String errorCode, String message, String requestId, Throwable cause) {
    super(errorCode, message, requestId, false, cause);
  }
}
