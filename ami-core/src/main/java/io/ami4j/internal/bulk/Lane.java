package io.ami4j.internal.bulk;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The concurrency limit of one account, region and bucket: at most {@code limit} units of work in
 * flight (waiting for a token, calling, or backing off), the rest queued in submission order.
 */
final class Lane {
  private final String name;
  private final int limit;
  private final Deque<Runnable> queued = new ArrayDeque<>();
  private int inFlight;
  private int peak;

  Lane(String name, int limit) {
    this.name = name;
    this.limit = limit;
  }

  /** Starts {@code start} now if a slot is free, else when one frees. */
  void enter(Runnable start) {
    synchronized (this) {
      if (inFlight >= limit) {
        queued.addLast(start);
        return;
      }
      inFlight++;
      peak = Math.max(peak, inFlight);
    }
    start.run();
  }

  /** A unit finished: the next queued one (if any) takes its slot. */
  void leave() {
    Runnable next;
    synchronized (this) {
      next = queued.pollFirst();
      if (next == null) {
        inFlight--;
        return;
      }
    }
    next.run();
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
