package io.ami4j;

/** The backend failed ({@code InternalError}, {@code Unavailable}, HTTP 5xx or a network failure); retryable. */
public class AmiBackendException extends AmiException {
  /**
   * Creates the exception.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   */
  public AmiBackendException(String errorCode, String message, String requestId) {
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
  public AmiBackendException(String errorCode, String message, String requestId, Throwable cause) {
    super(errorCode, message, requestId, true, cause);
  }
}
