package io.ami4j.bench;

import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.fault.FaultStats;
import java.util.EnumMap;
import java.util.Map;

/**
 * The token-bucket lower bound of a set of calls: every bucket serves its calls no faster than
 * its capacity at once and then its refill rate, and the buckets run side by side, so the calls
 * cannot take less than the slowest bucket's {@code max(0, calls - capacity) / refill} seconds.
 */
final class Buckets {
  private Buckets() {}

  /**
   * The bound of the calls a server side served: a throttled answer takes no token, so counting it
   * would lengthen the bound (a loop throttled often could even seem to beat it).
   */
  static double servedLowerBoundSeconds(FaultStats stats, RateLimits limits) {
    Map<Ec2Action, Long> served = new EnumMap<>(Ec2Action.class);
    stats.callsByAction().forEach((a, n) -> served.put(a, n - stats.throttledAnswers(a)));
    return lowerBoundSeconds(served, limits);
  }

  static double lowerBoundSeconds(Map<Ec2Action, Long> calls, RateLimits limits) {
    Map<Ec2Action.Bucket, Long> perBucket = new EnumMap<>(Ec2Action.Bucket.class);
    calls.forEach((a, n) -> perBucket.merge(a.bucket(), n, Long::sum));
    double bound = 0;
    for (Map.Entry<Ec2Action.Bucket, Long> e : perBucket.entrySet()) {
      RateLimits.Limit l = limits.of(e.getKey());
      bound = Math.max(bound, Math.max(0, e.getValue() - l.capacity()) / l.refillPerSecond());
    }
    return bound;
  }
}
