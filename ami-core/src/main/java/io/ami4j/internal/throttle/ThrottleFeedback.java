package io.ami4j.internal.throttle;

import io.ami4j.AmiThrottledException;
import io.ami4j.spi.CallContext;
import io.ami4j.spi.CallInterceptor;

/**
 * The pacing's part of the client's call chain: a throttled answer slows the bucket of the call's
 * action (read from the method's mark) in its region, as of when the call was sent.
 */
public final class ThrottleFeedback implements CallInterceptor {
  private final Throttle throttle;

  /**
   * Feeds {@code throttle}.
   *
   * @param throttle the client's buckets
   */
  public ThrottleFeedback(Throttle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void onError(CallContext call, Throwable error) {
    if (error instanceof AmiThrottledException) {
      throttle.throttled(call.region(), call.action(), call.startedAt());
    }
  }

  @Override
  public String toString() {
    return "ThrottleFeedback";
  }
}
