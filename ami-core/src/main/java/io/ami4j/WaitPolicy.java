package io.ami4j;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.value.AmiStyle;
import java.time.Duration;
import org.immutables.value.Value;

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
@AmiStyle
@Value.Immutable(builder = false, copy = false)
public abstract class WaitPolicy {
  WaitPolicy() {}

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
    return new Builder().timeout(timeout()).initialInterval(initialInterval()).maxInterval(maxInterval())
        .multiplier(multiplier()).notFoundGrace(notFoundGrace());
  }

  /** The deadline of a wait, counted from the start of the operation. */
  @Value.Parameter
  public abstract Duration timeout();

  /** The delay before the first poll. */
  @Value.Parameter
  public abstract Duration initialInterval();

  /** The longest delay between two polls. */
  @Value.Parameter
  public abstract Duration maxInterval();

  /** The factor by which the poll interval grows after each poll. */
  @Value.Parameter
  public abstract double multiplier();

  /** How long a just-created id answering "not found" still counts as pending. */
  @Value.Parameter
  public abstract Duration notFoundGrace();

  @Override
  public String toString() {
    return "WaitPolicy[timeout=" + timeout() + ", interval=" + initialInterval() + "→" + maxInterval()
        + " ×" + multiplier() + ", notFoundGrace=" + notFoundGrace() + "]";
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
      return ImmutableWaitPolicy.of(timeout, initialInterval, maxInterval, multiplier, notFoundGrace);
    }
  }
}
