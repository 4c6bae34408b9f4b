package io.ami4j.testkit.fault;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The simulated network of benchmarks and the stand-alone server: a real sleep, and only on the
 * system clock. On a virtual clock a sleep would cost real time without moving the clock, so it is
 * skipped.
 */
final class RealLatency {
  private static final Class<?> SYSTEM_CLOCK = Clock.systemUTC().getClass();

  private RealLatency() {}

  /** Whether latency applies on this clock. */
  static boolean appliesTo(Clock clock) {
    return SYSTEM_CLOCK.isInstance(clock);
  }

  /** Sleeps for {@code latency}; an interrupt ends the sleep early and stays set. */
  static void sleep(Duration latency) {
    try {
      TimeUnit.NANOSECONDS.sleep(latency.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
