package io.ami4j.testkit.fault;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;

/** Bucket4j's time read from an injected {@link Clock}, so that virtual time refills the buckets. */
final class ClockTimeMeter implements TimeMeter {
  private final Clock clock;

  ClockTimeMeter(Clock clock) {
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
