package io.ami4j.testkit.bulk;

import io.ami4j.testkit.time.TimeSource;
import io.ami4j.testkit.time.VirtualClock;
import java.time.Instant;

/** The world's virtual clock as the time source of a virtual scheduler. */
final class WorldTime implements TimeSource {
  private final VirtualClock clock;

  WorldTime(VirtualClock clock) {
    this.clock = clock;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public synchronized void advanceTo(Instant instant) {
    if (instant.isAfter(clock.instant())) {
      clock.set(instant);
    }
  }

  @Override
  public void addListener(Runnable onAdvance) {
    clock.addListener(now -> onAdvance.run());
  }
}
