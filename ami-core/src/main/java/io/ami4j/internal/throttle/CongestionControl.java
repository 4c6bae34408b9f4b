package io.ami4j.internal.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * How much of one of EC2's token buckets this client uses, when other tools of the account take an
 * unknown share of the same bucket. The client never knows that share; it learns it from
 * {@code RequestLimitExceeded} answers, as TCP learns a path's capacity from lost packets.
 *
 * <p>The model (CUBIC-like, with a token bucket's time scale):
 *
 * <ul>
 *   <li><b>One reaction per congestion event.</b> When EC2's bucket runs dry, every request in
 *       flight comes back throttled at about the same time. A throttled answer starts a new event
 *       only if its request was sent after the last decrease <em>and</em> it arrives at least one
 *       smoothed round trip after that decrease; the others are echoes of the same event and change
 *       nothing.
 *   <li><b>Multiplicative decrease, once per event:</b> the rate becomes
 *       β = {@value #DECREASE} × the rate at the event, never below 1/32 of the configured rate. The
 *       rate at the event is remembered as the last rate that was too much ({@code wMax}); when an
 *       event comes before the rate got back to the previous {@code wMax}, the share left to this
 *       client has shrunk and {@code wMax} is lowered further, to the middle of the rate at the
 *       event and the decreased rate
 *       (CUBIC's fast convergence).
 *   <li><b>Probing back, on the bucket's own time scale:</b> after a decrease at time
 *       {@code t0} from rate {@code w0} to {@code β × w0}, the rate is
 *       {@code wMax − (wMax − β × w0)(1 − t/K)³} for {@code t = now − t0}:
 *       it climbs fast at first, flattens out near {@code wMax} — the rate just known to be too much
 *       — reaches it at {@code t = K}, and then probes beyond it, slowly first, in case the other
 *       tools have gone. {@code K} is the bucket's refill time, {@code capacity / refill} of the
 *       configured table (20 s for DeregisterImage's 100 tokens at 5 per second), and at least
 *       {@value #RTTS_PER_RECOVERY} observed round trips, so that a bucket refilled 50 times faster
 *       recovers 50 times sooner, and the client never probes faster than answers can tell it
 *       anything. While the rate is below the remaining share, EC2's bucket banks the difference
 *       (less than an eighth of its capacity over one recovery), which the client spends again when
 *       it probes above: little of the share is lost.
 *   <li><b>Never above the configured table.</b> The rate is capped at the table's refill rate;
 *       once it gets there it stays until the next event.
 * </ul>
 *
 * <p>The token bucket itself (Bucket4j, {@link AdaptiveBucket}) stays the ceiling: this class only
 * says at what refill rate the bucket runs. Thread-safe.
 */
public final class CongestionControl {
  /** The multiplicative decrease per congestion event. */
  public static final double DECREASE = 0.5;
  /** The fewest smoothed round trips one recovery (back to the rate of the last event) takes. */
  public static final int RTTS_PER_RECOVERY = 4;
  /** The round trip assumed before a throttled answer has measured one. */
  public static final Duration INITIAL_RTT = Duration.ofMillis(100);
  private static final double FLOOR_FRACTION = 1.0 / 32;
  private static final double RTT_GAIN = 1.0 / 8;

  private final double ceiling;
  private final double floor;
  private final double refillSeconds;
  private double rttSeconds;
  private boolean rttMeasured;
  // State of the current recovery; absent (lastDecrease == null) while at the configured rate.
  private Instant lastDecrease;
  private double wMax;
  private double start;
  private double recoverySeconds;
  private long events;

  /**
   * A controller for a bucket of the configured table.
   *
   * @param capacity the bucket's capacity in tokens
   * @param refillPerSecond the bucket's configured refill rate, the most this client ever uses
   */
  public CongestionControl(double capacity, double refillPerSecond) {
    this.ceiling = refillPerSecond;
    this.floor = refillPerSecond * FLOOR_FRACTION;
    this.refillSeconds = Math.max(1, capacity) / refillPerSecond;
    this.rttSeconds = seconds(INITIAL_RTT);
  }

  /**
   * A request was answered {@code RequestLimitExceeded}.
   *
   * @param sentAt when the throttled request was sent
   * @param now when its answer arrived
   * @return true when this answer started a new congestion event (the rate was decreased), false
   *     when it belongs to the event already reacted to
   */
  public synchronized boolean throttled(Instant sentAt, Instant now) {
    if (!sentAt.isAfter(now)) {
      observeRtt(seconds(Duration.between(sentAt, now)));
    }
    if (lastDecrease != null && (!sentAt.isAfter(lastDecrease)
        || now.isBefore(lastDecrease.plusNanos(Math.round(rttSeconds * 1e9))))) {
      return false;
    }
    double at = rate(now);
    // Fast convergence: throttled again before getting back to the last rate that was too much.
    wMax = lastDecrease != null && at < wMax ? at * (1 + DECREASE) / 2 : at;
    start = Math.max(floor, at * DECREASE);
    lastDecrease = now;
    recoverySeconds = Math.max(refillSeconds, RTTS_PER_RECOVERY * rttSeconds);
    events++;
    return true;
  }

  private void observeRtt(double sample) {
    if (!rttMeasured) {
      rttSeconds = sample;
      rttMeasured = true;
    } else {
      rttSeconds += RTT_GAIN * (sample - rttSeconds);
    }
  }

  /**
   * The refill rate to use now. Times passed here and to {@link #throttled} only move forward.
   *
   * @param now the time
   * @return tokens per second, between 1/32 of the configured rate and the configured rate
   */
  public synchronized double rate(Instant now) {
    if (lastDecrease == null) {
      return ceiling;
    }
    double t = Math.max(0, seconds(Duration.between(lastDecrease, now)));
    double gap = 1 - t / recoverySeconds;
    double w = wMax - (wMax - start) * gap * gap * gap;
    if (w >= ceiling) {
      lastDecrease = null;
      return ceiling;
    }
    return Math.max(floor, w);
  }

  /** The configured refill rate, the most this client uses. */
  public double ceiling() {
    return ceiling;
  }

  /** The smoothed round trip of throttled requests, or {@link #INITIAL_RTT} before the first. */
  public synchronized Duration rtt() {
    return Duration.ofNanos(Math.round(rttSeconds * 1e9));
  }

  /** The congestion events reacted to so far. */
  public synchronized long events() {
    return events;
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
