package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import org.immutables.value.Value;

/**
 * The context of one SPI call: the region it goes to, whether it is a dry run, and which attempt
 * it is (1 for the first; the engine counts its retries here, as the AWS SDK sends
 * {@code amz-sdk-request: attempt=N}). A dry run
 * asks the backend whether the call would be allowed without doing it: the provider then throws
 * {@link io.ami4j.AmiDryRunException} if it would have succeeded, or the error it would have
 * raised. Non-mutating calls ignore the flag.
 */
@Value.Immutable
public abstract class Call {
  Call() {}

  /**
   * A call in {@code region}.
   *
   * @param region the region
   * @return the call
   */
  public static Call in(Region region) {
    return ImmutableCall.of(Check.notNull("region", region), false, 1);
  }

  /** The same call as a dry run. */
  public Call asDryRun() {
    return ImmutableCall.of(region(), true, attempt());
  }

  /**
   * The same call as its {@code n}th attempt.
   *
   * @param n the attempt, from 1
   * @return the call
   * @throws io.ami4j.AmiValidationException when {@code n} is below 1
   */
  public Call attempt(int n) {
    Check.that(n >= 1, "attempt", n, "must be at least 1");
    return ImmutableCall.of(region(), dryRun(), n);
  }

  /** Which attempt this is: 1 for the first, 2 for the first retry, … */
  @Value.Parameter(order = 2)
  public abstract int attempt();

  /** The region. */
  @Value.Parameter(order = 0)
  public abstract Region region();

  /** Whether this is a dry run. */
  @Value.Parameter(order = 1)
  public abstract boolean dryRun();

  @Override
  public String toString() {
    return region() + (dryRun() ? " (dry run)" : "") + (attempt() > 1 ? " (attempt " + attempt() + ")" : "");
  }
}
