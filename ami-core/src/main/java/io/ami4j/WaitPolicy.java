package io.ami4j;

import io.ami4j.internal.validate.Check;
import java.time.Duration;
import java.util.Objects;

/**
 * How long-running operations are awaited: a deadline (not a number of attempts), polls at
 * growing intervals, and a grace period in which a just-created id that the backend does not yet
 * know ({@code InvalidAMIID.NotFound}, EC2's eventual consistency) still counts as pending.
 *
 * <pre>{@code
 * AmiClient.builder().waitPolicy(w -> w.timeout(Duration.ofHours(3)).maxInterval(Duration.ofMinutes(2)));
 * }</pre>
 *
 * <p>Defaults: timeout 45 minutes, first poll after 5 seconds, each interval 1.5 times the one
 * before, at most 60 seconds; not-found grace 5 minutes.
 */
public final class WaitPolicy {
  private final Duration timeout;
  private final Duration initialInterval;
  private final Duration maxInterval;
  private final double multiplier;
  private final Duration notFoundGrace;

  private WaitPolicy(Builder b) {
    this.timeout = b.timeout;
    this.initialInterval = b.initialInterval;
    this.maxInterval = b.maxInterval;
    this.multiplier = b.multiplier;
    this.notFoundGrace = b.notFoundGrace;
  }

  /** The defaults described above. */
  public static WaitPolicy defaults() {
    return builder().build();
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder().timeout(timeout).initialInterval(initialInterval).maxInterval(maxInterval)
        .multiplier(multiplier).notFoundGrace(notFoundGrace);
  }

  /** The deadline of a wait, counted from the start of the operation. */
  public Duration timeout() {
    return timeout;
  }

  /** The delay before the first poll. */
  public Duration initialInterval() {
    return initialInterval;
  }

  /** The longest delay between two polls. */
  public Duration maxInterval() {
    return maxInterval;
  }

  /** The factor by which the poll interval grows after each poll. */
  public double multiplier() {
    return multiplier;
  }

  /** How long a just-created id answering "not found" still counts as pending. */
  public Duration notFoundGrace() {
    return notFoundGrace;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WaitPolicy)) {
      return false;
    }
    WaitPolicy w = (WaitPolicy) o;
    return timeout.equals(w.timeout) && initialInterval.equals(w.initialInterval)
        && maxInterval.equals(w.maxInterval) && multiplier == w.multiplier
        && notFoundGrace.equals(w.notFoundGrace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, initialInterval, maxInterval, multiplier, notFoundGrace);
  }

  @Override
  public String toString() {
    return "WaitPolicy[timeout=" + timeout + ", interval=" + initialInterval + "→" + maxInterval
        + " ×" + multiplier + ", notFoundGrace=" + notFoundGrace + "]";
  }

  /** Builds a {@link WaitPolicy}; each setter checks its value at once. */
  public static final class Builder {
    private Duration timeout = Duration.ofMinutes(45);
    private Duration initialInterval = Duration.ofSeconds(5);
    private Duration maxInterval = Duration.ofSeconds(60);
    private double multiplier = 1.5;
    private Duration notFoundGrace = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * The deadline of a wait (hours are fine: copies of large images across regions take long).
     *
     * @param timeout greater than zero, at most 7 days
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Check.that(timeout != null && !timeout.isNegative() && !timeout.isZero()
          && timeout.compareTo(Duration.ofDays(7)) <= 0, "timeout", timeout,
          "must be greater than zero and at most 7 days");
      this.timeout = timeout;
      return this;
    }

    /**
     * The delay before the first poll.
     *
     * @param interval at least one millisecond
     * @return this builder
     */
    public Builder initialInterval(Duration interval) {
      Check.that(interval != null && interval.toMillis() >= 1, "initialInterval", interval,
          "must be at least 1 ms");
      this.initialInterval = interval;
      return this;
    }

    /**
     * The longest delay between two polls.
     *
     * @param interval at least one millisecond
     * @return this builder
     */
    public Builder maxInterval(Duration interval) {
      Check.that(interval != null && interval.toMillis() >= 1, "maxInterval", interval,
          "must be at least 1 ms");
      this.maxInterval = interval;
      return this;
    }

    /**
     * The factor by which the interval grows after each poll.
     *
     * @param multiplier at least 1 (1 polls at a fixed interval), at most 10
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      Check.that(multiplier >= 1 && multiplier <= 10, "multiplier", multiplier, "must be between 1 and 10");
      this.multiplier = multiplier;
      return this;
    }

    /**
     * How long a just-created id answering "not found" still counts as pending.
     *
     * @param grace zero or more
     * @return this builder
     */
    public Builder notFoundGrace(Duration grace) {
      Check.that(grace != null && !grace.isNegative(), "notFoundGrace", grace, "must be zero or more");
      this.notFoundGrace = grace;
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy
     * @throws AmiValidationException when the first interval exceeds the longest
     */
    public WaitPolicy build() {
      Check.that(initialInterval.compareTo(maxInterval) <= 0, "initialInterval", initialInterval,
          "must not exceed maxInterval " + maxInterval);
      return new WaitPolicy(this);
    }
  }
}
