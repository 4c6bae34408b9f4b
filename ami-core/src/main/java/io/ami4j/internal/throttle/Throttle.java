package io.ami4j.internal.throttle;

import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The client's token buckets, one per region and {@link Ec2Action.Bucket}, as EC2 keeps them per
 * account, region and action class.
 */
public final class Throttle {
  private final RateLimits limits;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final Map<String, AdaptiveBucket> buckets = new ConcurrentHashMap<>();

  /**
   * Creates the buckets lazily from a table.
   *
   * @param limits the table
   * @param clock the time source that refills them
   * @param scheduler where waiters wait
   */
  public Throttle(RateLimits limits, Clock clock, ScheduledExecutorService scheduler) {
    this.limits = limits;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /**
   * The bucket of an action in a region.
   *
   * @param region the region
   * @param action the action
   * @return its bucket
   */
  public AdaptiveBucket bucket(Region region, Ec2Action action) {
    Ec2Action.Bucket b = action.bucket();
    return buckets.computeIfAbsent(region.name() + "/" + b, k -> {
      RateLimits.Limit l = limits.of(b);
      return new AdaptiveBucket(k, l.capacity(), l.refillPerSecond(), clock);
    });
  }

  /**
   * A future completed when the action may be called in the region.
   *
   * @param region the region
   * @param action the action
   * @return the future
   */
  public CompletableFuture<Void> acquire(Region region, Ec2Action action) {
    return bucket(region, action).acquire(scheduler);
  }

  /**
   * A future completed when bulk work may call the action in the region: a token is taken only
   * while the bucket keeps its {@link AdaptiveBucket#reserve() reserve}.
   *
   * @param region the region
   * @param action the action
   * @return the future
   */
  public CompletableFuture<Void> acquireForBulk(Region region, Ec2Action action) {
    return bucket(region, action).acquireLeavingReserve(scheduler);
  }

  /**
   * The service throttled a request of the action in the region; the bucket reacts once per
   * congestion event (see {@link CongestionControl}).
   *
   * @param region the region
   * @param action the action
   * @param sentAt when the throttled request was sent
   */
  public void throttled(Region region, Ec2Action action, Instant sentAt) {
    bucket(region, action).slowDown(sentAt);
  }

  /**
   * The service throttled a request of the action in the region, sent at an unknown time: it counts
   * as sent now, so only the round-trip window groups it with others of the same event.
   *
   * @param region the region
   * @param action the action
   */
  public void throttled(Region region, Ec2Action action) {
    throttled(region, action, clock.instant());
  }
}
