package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import java.util.Objects;

/**
 * The context of one SPI call: the region it goes to, and whether it is a dry run. A dry run
 * asks the backend whether the call would be allowed without doing it: the provider then throws
 * {@link io.ami4j.AmiDryRunException} if it would have succeeded, or the error it would have
 * raised. Non-mutating calls ignore the flag.
 */
public final class Call {
  private final Region region;
  private final boolean dryRun;

  private Call(Region region, boolean dryRun) {
    this.region = Check.notNull("region", region);
    this.dryRun = dryRun;
  }

  /**
   * A call in {@code region}.
   *
   * @param region the region
   * @return the call
   */
  public static Call in(Region region) {
    return new Call(region, false);
  }

  /** The same call as a dry run. */
  public Call asDryRun() {
    return new Call(region, true);
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
    return o instanceof Call && ((Call) o).region.equals(region) && ((Call) o).dryRun == dryRun;
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, dryRun);
  }

  @Override
  public String toString() {
    return region + (dryRun ? " (dry run)" : "");
  }
}
