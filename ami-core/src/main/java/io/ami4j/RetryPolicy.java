package io.ami4j;

import io.ami4j.internal.validate.Check;
import java.time.Duration;
import java.util.Optional;

/**
 * How failed calls are retried: only errors that are {@link AmiException#retryable() retryable}
 * (throttling, 5xx, network), with exponential backoff and full jitter (a random delay between
 * zero and {@code min(maxDelay, baseDelay × 2^attempt)}), at most {@code maxAttempts} tries, within
 * the operation's deadline, and within a client-wide retry budget so that a failing backend is
 * not hammered: every retry spends {@value #RETRY_COST} tokens of the budget and every success
 * returns one.
 *
 * <pre>{@code
 * AmiClient.builder().retryPolicy(r -> r.maxAttempts(6).maxDelay(Duration.ofSeconds(30)));
 * }</pre>
 *
 * <p>Defaults: 10 attempts, base 200 ms, cap 20 s, budget 500 tokens, a single call (with its
 * retries) may take 5 minutes when no longer operation deadline applies.
 */
public final class RetryPolicy {
  /** Tokens of the budget a retry spends. */
  public static final int RETRY_COST = 5;

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final int budget;
  private final Duration callTimeout;
  private final Long seed;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.budget = b.budget;
    this.callTimeout = b.callTimeout;
    this.seed = b.seed;
  }

  /** The defaults described above. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    Builder b = new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay)
        .budget(budget).callTimeout(callTimeout);
    b.seed = seed;
    return b;
  }

  /** Tries per call, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The backoff's base delay. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The backoff's cap. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** The retry budget in tokens. */
  public int budget() {
    return budget;
  }

  /** How long one call with its retries may take when no longer operation deadline applies. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The seed of the jitter, when fixed for reproducible delays. */
  public Optional<Long> seed() {
    return Optional.ofNullable(seed);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", backoff=" + baseDelay + "…" + maxDelay
        + " full jitter, budget=" + budget + ", callTimeout=" + callTimeout + "]";
  }

  /** Builds a {@link RetryPolicy}; each setter checks its value at once. */
  public static final class Builder {
    private int maxAttempts = 10;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(20);
    private int budget = 500;
    private Duration callTimeout = Duration.ofMinutes(5);
    private Long seed;

    private Builder() {}

    /**
     * Tries per call, the first included.
     *
     * @param attempts 1 to 100
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = Check.inRange("maxAttempts", attempts, 1, 100);
      return this;
    }

    /**
     * The backoff's base delay.
     *
     * @param delay at least 1 ms
     * @return this builder
     */
    public Builder baseDelay(Duration delay) {
      Check.that(delay != null && delay.toMillis() >= 1, "baseDelay", delay, "must be at least 1 ms");
      this.baseDelay = delay;
      return this;
    }

    /**
     * The backoff's cap.
     *
     * @param delay at least 1 ms
     * @return this builder
     */
    public Builder maxDelay(Duration delay) {
      Check.that(delay != null && delay.toMillis() >= 1, "maxDelay", delay, "must be at least 1 ms");
      this.maxDelay = delay;
      return this;
    }

    /**
     * The client-wide retry budget.
     *
     * @param tokens at least {@value RetryPolicy#RETRY_COST} (one retry)
     * @return this builder
     */
    public Builder budget(int tokens) {
      Check.that(tokens >= RETRY_COST, "budget", tokens, "must be at least " + RETRY_COST);
      this.budget = tokens;
      return this;
    }

    /**
     * How long one call with its retries may take when no longer operation deadline applies.
     *
     * @param timeout greater than zero
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      Check.that(timeout != null && !timeout.isNegative() && !timeout.isZero(), "callTimeout", timeout,
          "must be greater than zero");
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Fixes the jitter's random seed, for reproducible delays in tests.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      Check.that(baseDelay.compareTo(maxDelay) <= 0, "baseDelay", baseDelay, "must not exceed maxDelay " + maxDelay);
      return new RetryPolicy(this);
    }
  }
}
