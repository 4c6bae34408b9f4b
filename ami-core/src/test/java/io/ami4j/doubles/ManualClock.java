package io.ami4j.doubles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told to. */
public final class ManualClock extends Clock {
  private volatile Instant now;

  public ManualClock(Instant start) {
    this.now = start;
  }

  public static ManualClock atDefaultStart() {
    return new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
  }

  @Override
  public Instant instant() {
    return now;
  }

  public void set(Instant t) {
    if (t.isBefore(now)) {
      throw new IllegalArgumentException("time only moves forward: " + t + " < " + now);
    }
    now = t;
  }

  public void advance(Duration d) {
    set(now.plus(d));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }
}
