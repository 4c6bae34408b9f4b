package io.ami4j;

/** The account is not allowed to make the call ({@code UnauthorizedOperation}, {@code AuthFailure}), or the image is not its own. */
public class AmiPermissionDeniedException extends AmiException {
  /**
   * Creates the exception.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   */
  public AmiPermissionDeniedException(String errorCode, String message, String requestId) {
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
  public AmiPermissionDeniedException(String errorCode, String message, String requestId, Throwable cause) {
    super(errorCode, message, requestId, false, cause);
  }
}
