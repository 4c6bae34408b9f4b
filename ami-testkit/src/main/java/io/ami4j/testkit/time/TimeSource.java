package io.ami4j.testkit.time;

import java.time.Instant;

/**
 * A time that moves only when told to: the one thing a {@link VirtualScheduler} needs from a
 * virtual clock. {@link ManualClock} implements it, and so can any other virtual clock that
 * should drive a scheduler.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.addListener(() -> System.out.println("now " + clock.now()));
 * clock.advanceTo(clock.now().plusSeconds(30));
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface TimeSource {

  /**
   * The current virtual time.
   *
   * @return now
   */
  Instant now();

  /**
   * Moves time forward to {@code instant} and then tells every listener, on the calling thread.
   * Time never moves backwards: an instant that is not after {@link #now()} changes nothing and
   * tells no listener, so that two threads advancing at once cannot undo each other.
   *
   * @param instant the new time
   */
  void advanceTo(Instant instant);

  /**
   * Registers a callback run, on the advancing thread, after every change of time.
   *
   * @param onAdvance the callback
   */
  void addListener(Runnable onAdvance);
}
