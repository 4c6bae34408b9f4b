package io.ami4j.internal.bulk;

import io.ami4j.AmiTimeoutException;
import java.time.Duration;

/**
 * A unit of bulk work that never started: the operation's deadline passed while it waited for its
 * lane. Nothing was sent for it, so the backend is unchanged by it.
 */
public final class NotStartedException extends AmiTimeoutException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the failure.
   *
   * @param what the work, e.g. {@code DeregisterImage ami-…}
   * @param waited how long it waited
   */
  public NotStartedException(String what, Duration waited) {
    super(what + " was not started: the operation's deadline passed after " + waited.toMillis()
        + " ms of waiting for its turn; nothing was sent for it", waited);
  }
}
