package io.ami4j;

import java.time.Duration;

/**
 * A wait or a bulk operation reached its deadline. The message says what was awaited and what
 * was last seen; the operation on the backend may still complete later.
 */
public class AmiTimeoutException extends AmiException {
  /** The error code of a deadline reached inside ami4j. */
  public static final String CODE = "ami4j.Timeout";

  private final Duration waited;

  /**
   * Creates the exception.
   *
   * @param message what was awaited and what was last seen
   * @param waited how long the caller waited
   */
  public AmiTimeoutException(String message, Duration waited) {
    super(CODE, message, null, false, null);
    this.waited = waited;
  }

  /** How long was waited before giving up. */
  public Duration waited() {
    return waited;
  }
}
