package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import java.util.Objects;

/**
 * The context of one SPI call: the region it goes to, whether it is a dry run, and which attempt
 * it is (1 for the first; the engine counts its retries here, as the AWS SDK sends
 * {@code amz-sdk-request: attempt=N}). A dry run
 * asks the backend whether the call would be allowed without doing it: the provider then throws
 * {@link io.ami4j.AmiDryRunException} if it would have succeeded, or the error it would have
 * raised. Non-mutating calls ignore the flag.
 */
public final class Call {
  private final Region region;
  private final boolean dryRun;
  private final int attempt;

  private Call(Region region, boolean dryRun, int attempt) {
    this.region = Check.notNull("region", region);
    this.dryRun = dryRun;
    this.attempt = attempt;
  }

  /**
   * A call in {@code region}.
   *
   * @param region the region
   * @return the call
   */
  public static Call in(Region region) {
    return new Call(region, false, 1);
  }

  /** The same call as a dry run. */
  public Call asDryRun() {
    return new Call(region, true, attempt);
  }

  /**
   * The same call as its {@code n}th attempt.
   *
   * @param n the attempt, from 1
   * @return the call
   * @throws io.ami4j.AmiValidationException when {@code n} is below 1
   */
  public Call attempt(int n) {
    Check.that(n >= 1, "attempt", n, "at least 1");
    return new Call(region, dryRun, n);
  }

  /** Which attempt this is: 1 for the first, 2 for the first retry, … */
  public int attempt() {
    return attempt;
  }

  /** The region. */
  public Region region() {
    return region;
  }

  /** Whether this is a dry run. */
  public boolean dryRun() {
    return dryRun;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Call c && c.region.equals(region) && c.dryRun == dryRun && c.attempt == attempt;
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, dryRun, attempt);
  }

  @Override
  public String toString() {
    return region + (dryRun ? " (dry run)" : "") + (attempt > 1 ? " (attempt " + attempt + ")" : "");
  }
}
