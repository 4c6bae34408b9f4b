package io.ami4j.internal.retry;

import io.ami4j.RetryPolicy;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Exponential backoff with full jitter: before retry {@code n} (1-based), a uniformly random delay
 * in {@code [1 ms, min(cap, base × 2^(n-1))]}. Full jitter spreads the retries of many clients.
 */
public final class Backoff {
  private final long baseMillis;
  private final long capMillis;
  private final Object lock = new Object();
  private final SplittableRandom random;

  /**
   * A backoff from a policy.
   *
   * @param policy the policy
   */
  public Backoff(RetryPolicy policy) {
    this.baseMillis = policy.baseDelay().toMillis();
    this.capMillis = policy.maxDelay().toMillis();
    this.random = new SplittableRandom(policy.seed().orElseGet(() -> new Random().nextLong()));
  }

  /** The upper bound of the delay before retry {@code n}. */
  public long ceilingMillis(int n) {
    int shift = Math.min(Math.max(0, n - 1), 30);
    long exp = baseMillis << shift;
    return Math.max(1, Math.min(capMillis, exp < 0 ? capMillis : exp));
  }

  /** A jittered delay before retry {@code n}, at least 1 ms. */
  public long delayMillis(int n) {
    long ceiling = ceilingMillis(n);
    synchronized (lock) {
      return 1 + random.nextLong(ceiling);
    }
  }
}
