package io.ami4j.testkit.fault;

import io.ami4j.internal.throttle.ClockTimeMeter;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EC2's server-side token buckets for one account: one Bucket4j bucket per region and bucket, of
 * which other callers of the account may take a steady share of the refill.
 */
final class ThrottleBuckets {
  private final RateLimits limits;
  private final double competingLoad;
  private final TimeMeter time;
  private final Map<Region, Map<Ec2Action.Bucket, Bucket>> buckets = new ConcurrentHashMap<>();

  ThrottleBuckets(RateLimits limits, double competingLoad, Clock clock) {
    this.limits = limits;
    this.competingLoad = competingLoad;
    this.time = new ClockTimeMeter(clock);
  }

  /** Takes one token of the action's bucket in the region; false when the bucket is empty. */
  boolean tryTake(Region region, Ec2Action action) {
    return buckets.computeIfAbsent(region, r -> new ConcurrentHashMap<>())
        .computeIfAbsent(action.bucket(), this::newBucket)
        .tryConsume(1);
  }

  private Bucket newBucket(Ec2Action.Bucket bucket) {
    RateLimits.Limit limit = limits.of(bucket);
    long capacity = Math.max(1, (long) Math.floor(limit.capacity()));
    // What other callers take first never reaches this account's calls.
    double perSecond = limit.refillPerSecond() * (1 - competingLoad);
    // Bucket4j counts whole tokens per period: a whole rate per second is exact, a fractional one
    // (a share or a refill factor) is kept to a thousandth of a token per second.
    long tokens;
    Duration period;
    if (perSecond == Math.rint(perSecond)) {
      tokens = (long) perSecond;
      period = Duration.ofSeconds(1);
    } else {
      tokens = Math.max(1, Math.round(perSecond * 1000));
      period = Duration.ofSeconds(1000);
    }
    return Bucket.builder()
        .addLimit(l -> l.capacity(capacity).refillGreedy(tokens, period).initialTokens(capacity))
        .withCustomTimePrecision(time)
        .build();
  }
}
