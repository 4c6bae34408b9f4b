package io.ami4j;

/** A resource does not exist, or is not visible to this account (e.g. {@code InvalidAMIID.NotFound}). */
public class AmiNotFoundException extends AmiException {
  /**
   * Creates the exception.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   */
  public AmiNotFoundException(String errorCode, String message, String requestId) {
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
  public AmiNotFoundException(String errorCode, String message, String requestId, Throwable cause) {
    super(errorCode, message, requestId, false, cause);
  }
}
