package io.ami4j.testkit.time;

import io.ami4j.internal.validate.Check;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} whose time a test moves by hand, and the {@link TimeSource} of a
 * {@link VirtualScheduler}. Code under test reads it as any clock; the test (or an auto-advancing
 * scheduler) moves it forward.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.advance(Duration.ofMinutes(30));
 * clock.instant(); // 2026-01-01T00:30:00Z
 * }</pre>
 *
 * <p>Copies made with {@link #withZone(ZoneId)} share the time and the listeners of the original.
 * Thread-safe.
 */
public final class ManualClock extends Clock implements TimeSource {
  /** The time and the listeners, shared by every zone view of one clock. */
  private static final class State {
    private final AtomicReference<Instant> now;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    State(Instant start) {
      this.now = new AtomicReference<>(start);
    }
  }

  private final State state;
  private final ZoneId zone;

  private ManualClock(State state, ZoneId zone) {
    this.state = state;
    this.zone = zone;
  }

  /**
   * A clock standing at {@code start}, in UTC.
   *
   * @param start the initial time
   * @return the clock
   */
  public static ManualClock at(Instant start) {
    return new ManualClock(new State(Check.notNull("start", start)), ZoneOffset.UTC);
  }

  @Override
  public Instant now() {
    return state.now.get();
  }

  @Override
  public Instant instant() {
    return state.now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public ManualClock withZone(ZoneId newZone) {
    return new ManualClock(state, Check.notNull("zone", newZone));
  }

  @Override
  public void advanceTo(Instant instant) {
    Check.notNull("instant", instant);
    Instant before = state.now.getAndAccumulate(instant, (cur, next) -> next.isAfter(cur) ? next : cur);
    if (instant.isAfter(before)) {
      for (Runnable listener : state.listeners) {
        listener.run();
      }
    }
  }

  /**
   * Moves time forward by {@code amount}.
   *
   * @param amount zero or more
   * @return this clock
   */
  public ManualClock advance(Duration amount) {
    Check.that(!Check.notNull("amount", amount).isNegative(), "amount", amount, "must not be negative");
    advanceTo(now().plus(amount));
    return this;
  }

  @Override
  public void addListener(Runnable onAdvance) {
    state.listeners.add(Check.notNull("onAdvance", onAdvance));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ManualClock && ((ManualClock) o).state == state && ((ManualClock) o).zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(state) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "ManualClock[" + now() + ", " + zone + "]";
  }
}
