package io.ami4j;

/** The call conflicts with existing state: a duplicate name, an idempotency-token mismatch, a resource in use. */
public class AmiConflictException extends AmiException {
  /**
   * Creates the exception.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   */
  public AmiConflictException(String errorCode, String message, String requestId) {
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
  public AmiConflictException(String errorCode, String message, String requestId, Throwable cause) {
    super(errorCode, message, requestId, false, cause);
  }
}
