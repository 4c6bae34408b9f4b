package io.ami4j.internal.bulk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * The concurrency limit of one account, region and bucket: at most {@code limit} units of work in
 * flight (waiting for a token, calling, or backing off), the rest queued in submission order.
 */
final class Lane {
  private final String name;
  private final int limit;
  private final Deque<BooleanSupplier> queued = new ArrayDeque<>();
  private int inFlight;
  private int peak;

  Lane(String name, int limit) {
    this.name = name;
    this.limit = limit;
  }

  /**
   * Starts a unit now if a slot is free, else when one frees.
   *
   * @param start starts the unit and answers whether it took the slot; a unit that declines (its
   *     deadline passed) answers false, and must not call {@link #leave()}
   */
  void enter(BooleanSupplier start) {
    synchronized (this) {
      if (inFlight >= limit) {
        queued.addLast(start);
        return;
      }
      inFlight++;
      peak = Math.max(peak, inFlight);
    }
    if (!start.getAsBoolean()) {
      leave();
    }
  }

  /**
   * A unit finished: the next queued one that starts takes its slot. A loop rather than a
   * recursion, so that a thousand units declining at a deadline do not deepen the stack.
   */
  void leave() {
    while (true) {
      BooleanSupplier next;
      synchronized (this) {
        next = queued.pollFirst();
        if (next == null) {
          inFlight--;
          return;
        }
      }
      if (next.getAsBoolean()) {
        return;
      }
    }
  }

  /** The most units ever in flight at once. */
  synchronized int peak() {
    return peak;
  }

  /** Units in flight now. */
  synchronized int inFlight() {
    return inFlight;
  }

  /** Units waiting for a slot now. */
  synchronized int queued() {
    return queued.size();
  }

  @Override
  public String toString() {
    return name;
  }
}
