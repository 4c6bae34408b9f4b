package io.ami4j.testkit.fault;

/** A kind of fault a {@link FaultingProvider} can inject. */
public enum FaultKind {
  /** HTTP 500 {@code InternalError}: the call was not applied; retryable. */
  INTERNAL_ERROR,
  /** HTTP 503 {@code Unavailable}: the call was not applied; retryable. */
  UNAVAILABLE,
  /** {@code RequestLimitExceeded} although the action's bucket had tokens; retryable. */
  THROTTLING,
  /**
   * Eventual consistency: an image just created through the decorator answers
   * {@code InvalidAMIID.NotFound} for a while. As a scripted fault, the call answers
   * {@code InvalidAMIID.NotFound} without reaching the backend.
   */
  CONSISTENCY_LAG,
  /**
   * The backend applied the call but the answer never arrived, as when a connection drops: the
   * caller gets a retryable {@link io.ami4j.AmiBackendException} and must find out itself whether
   * the change happened.
   */
  LOST_ANSWER
}
