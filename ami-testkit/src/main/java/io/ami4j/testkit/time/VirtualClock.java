package io.ami4j.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Clock} that moves only when a test moves it, so that a 30-minute image copy completes
 * in microseconds and every run sees the same times.
 *
 * <pre>{@code
 * VirtualClock clock = VirtualClock.create();
 * clock.advance(Duration.ofMinutes(15));
 * }</pre>
 *
 * <p>Thread-safe. Listeners are told after each move, in the order they were added, so that a
 * scheduler can run the tasks that became due. Time never goes backwards: the state of the
 * in-memory world is computed from it.
 */
public final class VirtualClock extends Clock {
  /** Where a clock made by {@link #create()} starts: 2026-11-27T00:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2026-11-27T00:00:00Z");

  /** Told when the clock moved. */
  @FunctionalInterface
  public interface Listener {
    /**
     * The clock now reads {@code now}.
     *
     * @param now the new time
     */
    void advanced(Instant now);
  }

  /** The time and the listeners, shared by the views {@link #withZone} makes. */
  private static final class Source {
    private Instant now;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    Source(Instant start) {
      this.now = start;
    }
  }

  private final Source source;
  private final ZoneId zone;

  private VirtualClock(Source source, ZoneId zone) {
    this.source = source;
    this.zone = zone;
  }

  /** A clock at {@link #DEFAULT_START}, in UTC. */
  public static VirtualClock create() {
    return startingAt(DEFAULT_START);
  }

  /**
   * A clock at {@code start}, in UTC.
   *
   * @param start the first time it reads
   * @return the clock
   */
  public static VirtualClock startingAt(Instant start) {
    return new VirtualClock(new Source(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  @Override
  public Instant instant() {
    synchronized (source) {
      return source.now;
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same time source seen in another zone (moving one moves both). */
  @Override
  public Clock withZone(ZoneId zone) {
    return new VirtualClock(source, Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Moves the clock forward and tells the listeners.
   *
   * @param duration zero or more
   * @return the new time
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Cannot move a virtual clock backwards by " + duration);
    }
    Instant now;
    synchronized (source) {
      now = source.now.plus(duration);
      source.now = now;
    }
    notifyListeners(now);
    return now;
  }

  /**
   * Sets the clock to {@code time} and tells the listeners.
   *
   * @param time now or later
   * @throws IllegalArgumentException if {@code time} is before the current time
   */
  public void set(Instant time) {
    Objects.requireNonNull(time, "time");
    synchronized (source) {
      if (time.isBefore(source.now)) {
        throw new IllegalArgumentException(
            "Cannot set a virtual clock back from " + source.now + " to " + time);
      }
      source.now = time;
    }
    notifyListeners(time);
  }

  /**
   * Adds a listener, told after each move.
   *
   * @param listener the listener
   */
  public void addListener(Listener listener) {
    source.listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener.
   *
   * @param listener the listener
   */
  public void removeListener(Listener listener) {
    source.listeners.remove(listener);
  }

  private void notifyListeners(Instant now) {
    // Outside the lock: a listener (a scheduler running due tasks) may read or move the clock.
    for (Listener l : source.listeners) {
      l.advanced(now);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VirtualClock && ((VirtualClock) o).source == source
        && ((VirtualClock) o).zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(source) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "VirtualClock[" + instant() + ", " + zone + "]";
  }
}
