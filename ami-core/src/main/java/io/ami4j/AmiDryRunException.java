package io.ami4j;

/** Thrown by a provider for a dry run that would have succeeded ({@code DryRunOperation}); the engine turns it into a result. */
public class AmiDryRunException extends AmiException {
  /**
   * Creates the exception.
   *
   * @param errorCode the backend's error code
   * @param message what happened
   * @param requestId the backend's request id, or {@code null}
   */
  public AmiDryRunException(String errorCode, String message, String requestId) {
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
  public AmiDryRunException(String errorCode, String message, String requestId, Throwable cause) {
    super(errorCode, message, requestId, false, cause);
  }
}
