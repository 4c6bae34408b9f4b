package io.ami4j.internal.throttle;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;

/**
 * Bucket4j's time source on an injected clock, so that virtual time refills buckets: the
 * client's buckets here, and the fake's throttling buckets in ami-testkit.
 */
public final class ClockTimeMeter implements TimeMeter {
  private final Clock clock;

  /**
   * Reads {@code clock}.
   *
   * @param clock the clock
   */
  public ClockTimeMeter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public long currentTimeNanos() {
    Instant now = clock.instant();
    return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
  }

  @Override
  public boolean isWallClockBased() {
    // A virtual clock is not the wall clock; Bucket4j only uses this to decide whether the
    // time may be compared across machines, which never happens for these local buckets.
    return false;
  }
}
