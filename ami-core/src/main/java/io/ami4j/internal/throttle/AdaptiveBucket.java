package io.ami4j.internal.throttle;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client-side token bucket (capacity and refill from {@link io.ami4j.spi.RateLimits}) whose
 * refill rate is set by a {@link CongestionControl}: the configured rate until the service
 * answers {@code RequestLimitExceeded} — other tools share EC2's bucket — then a lower rate once
 * per congestion event, probing back toward the configured one on the bucket's own time scale.
 * The bucket stays the ceiling: the controller only says how much of it to use. Waiting for a
 * token never blocks a thread: waiters queue (single calls before bulk work), and one wake-up is
 * scheduled for when the next token is due.
 */
public final class AdaptiveBucket {
  /** Relative change of the controller's rate below which the bucket keeps its configuration. */
  private static final double RECONFIGURE_STEP = 0.02;
  private static final Logger LOG = LoggerFactory.getLogger(AdaptiveBucket.class);

  private final String name;
  private final long capacity;
  private final Clock clock;
  private final Bucket bucket;
  private final CongestionControl control;
  private final Deque<CompletableFuture<Void>> singles = new ArrayDeque<>();
  private final Deque<CompletableFuture<Void>> bulk = new ArrayDeque<>();
  private Instant wakeUpAt;
  private double rate;

  AdaptiveBucket(String name, double capacity, double refillPerSecond, Clock clock) {
    this.name = name;
    this.capacity = Math.max(1, Math.round(capacity));
    this.control = new CongestionControl(capacity, refillPerSecond);
    this.rate = refillPerSecond;
    this.clock = clock;
    this.bucket = Bucket.builder().addLimit(bandwidth(rate))
        .withCustomTimePrecision(new ClockTimeMeter(clock)).build();
  }

  private Bandwidth bandwidth(double perSecond) {
    long periodNanos = Math.max(1, Math.round(1e9 / perSecond));
    return Bandwidth.builder().capacity(capacity).refillGreedy(1, Duration.ofNanos(periodNanos))
        .initialTokens(capacity).build();
  }

  /**
   * A future completed when a token is taken. Single calls are served before bulk work, in the
   * order they asked.
   *
   * @param scheduler where the next wake-up is scheduled when no token is free
   * @return the future
   */
  public CompletableFuture<Void> acquire(ScheduledExecutorService scheduler) {
    return enqueue(singles, scheduler);
  }

  /**
   * A future completed when a token is taken while more than {@link #reserve()} tokens are left:
   * bulk work leaves the last tokens of the burst to single calls of the same client and to other
   * tools of the account, and — because a call reaches the service some tens of milliseconds
   * after its token was taken here, and that delay varies — keeps the service's bucket from
   * running dry when ours is just about to. Served in the order asked, after single calls.
   *
   * @param scheduler where the next wake-up is scheduled when no token is free
   * @return the future
   */
  public CompletableFuture<Void> acquireLeavingReserve(ScheduledExecutorService scheduler) {
    return enqueue(bulk, scheduler);
  }

  /** The tokens bulk work leaves in the bucket: a tenth of its capacity, at least one. */
  public long reserve() {
    return Math.max(1, capacity / 10);
  }

  private CompletableFuture<Void> enqueue(Deque<CompletableFuture<Void>> queue, ScheduledExecutorService scheduler) {
    CompletableFuture<Void> taken = new CompletableFuture<>();
    synchronized (this) {
      queue.addLast(taken);
    }
    serve(scheduler);
    return taken;
  }

  /**
   * Hands free tokens to the waiters, single calls first; when some still wait, schedules one
   * wake-up for when the first of them can be served — one timer task per bucket, however many
   * wait, rather than one per waiter.
   */
  private void serve(ScheduledExecutorService scheduler) {
    List<CompletableFuture<Void>> granted = new ArrayList<>();
    long wait = 0;
    Instant due = null;
    synchronized (this) {
      followControl();
      long keep = Math.min(reserve(), capacity - 1);
      while (take(singles, 0, granted) || (singles.isEmpty() && take(bulk, keep, granted))) {
        // each round hands out one token
      }
      if (!singles.isEmpty() || !bulk.isEmpty()) {
        long need = singles.isEmpty() ? keep + 1 : 1;
        long nanos = Math.max(1, bucket.estimateAbilityToConsume(need).getNanosToWaitForRefill());
        Instant at = clock.instant().plusNanos(nanos);
        // One wake-up at a time, unless a single call needs an earlier one than bulk work did.
        if (wakeUpAt == null || at.isBefore(wakeUpAt)) {
          wakeUpAt = at;
          due = at;
          wait = nanos;
        }
      }
    }
    // Completed outside the lock: a waiter's continuation may run for long.
    granted.forEach(f -> f.complete(null));
    if (wait > 0) {
      LOG.debug("{}: no token, next in {} ms", name, wait / 1_000_000);
      Instant mine = due;
      try {
        scheduler.schedule(() -> {
          synchronized (this) {
            if (mine.equals(wakeUpAt)) {
              wakeUpAt = null;
            }
          }
          serve(scheduler);
        }, wait, TimeUnit.NANOSECONDS);
      } catch (RuntimeException e) {
        failAll(e);
      }
    }
  }

  /** Takes a token for the first live waiter of {@code queue} while more than {@code keep} are left. */
  private boolean take(Deque<CompletableFuture<Void>> queue, long keep, List<CompletableFuture<Void>> granted) {
    while (!queue.isEmpty() && queue.peekFirst().isDone()) {
      queue.pollFirst(); // cancelled or failed by its caller
    }
    if (queue.isEmpty() || bucket.getAvailableTokens() <= keep || !bucket.tryConsume(1)) {
      return false;
    }
    granted.add(queue.pollFirst());
    return true;
  }

  private void failAll(RuntimeException e) {
    List<CompletableFuture<Void>> all;
    synchronized (this) {
      all = new ArrayList<>(singles);
      all.addAll(bulk);
      singles.clear();
      bulk.clear();
      wakeUpAt = null;
    }
    all.forEach(f -> f.completeExceptionally(e));
  }

  /**
   * The service throttled a call of this bucket. The first throttled answer of a congestion event
   * empties the bucket and lowers its rate; the others of the same event (requests sent before
   * that, or answers within a round trip of it) change nothing.
   *
   * @param sentAt when the throttled request was sent
   */
  public synchronized void slowDown(Instant sentAt) {
    double before = rate;
    if (!control.throttled(sentAt, clock.instant())) {
      LOG.debug("{}: throttled answer of a congestion event already reacted to", name);
      return;
    }
    bucket.tryConsumeAsMuchAsPossible();
    double next = control.rate(clock.instant());
    LOG.info("{}: the service throttled a call; client rate {} → {} per second", name, fmt(before), fmt(next));
    setRate(next);
  }

  private synchronized void followControl() {
    double next = control.rate(clock.instant());
    if (next == rate || (Math.abs(next - rate) < rate * RECONFIGURE_STEP && next < control.ceiling())) {
      return;
    }
    LOG.debug("{}: client rate {} → {} per second", name, fmt(rate), fmt(next));
    setRate(next);
  }

  private void setRate(double next) {
    rate = next;
    bucket.replaceConfiguration(BucketConfiguration.builder().addLimit(bandwidth(next)).build(),
        TokensInheritanceStrategy.AS_IS);
  }

  /** The current refill rate per second (the configured one unless throttled lately). */
  public synchronized double currentRate() {
    followControl();
    return rate;
  }

  /** The controller that sets this bucket's rate. */
  public CongestionControl control() {
    return control;
  }

  private static String fmt(double d) {
    return String.format(java.util.Locale.ROOT, "%.3g", d);
  }

  @Override
  public String toString() {
    return name;
  }
}
