package io.ami4j.internal.wait;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;

/**
 * The one rule of every wait (images and instances) for a poll that failed. The call runner has
 * already retried the poll as the retry policy allows; what is left is decided here, the same way
 * for every kind of resource.
 */
enum PollFailure {
  /**
   * NotFound: EC2's eventual consistency right after a create call; counted as "not visible yet",
   * like an id missing from the answer, which the not-found grace bounds.
   */
  NOT_VISIBLE_YET,
  /** A transient failure (throttling, 5xx, a lost answer): the next poll asks again, within the deadline. */
  POLL_AGAIN,
  /** Anything else (bad request, no permission): the wait fails with it. */
  FATAL;

  /**
   * The verdict on a poll's failure.
   *
   * @param failure the failure, unwrapped
   * @return what the wait does
   */
  static PollFailure of(Throwable failure) {
    if (failure instanceof AmiNotFoundException) {
      return NOT_VISIBLE_YET;
    }
    if (failure instanceof AmiException ae && ae.retryable()) {
      return POLL_AGAIN;
    }
    return FATAL;
  }
}
