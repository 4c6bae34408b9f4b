package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The token buckets of EC2's request throttling, per account, region and bucket: capacity and
 * refill per second. One table, used by the engine to pace itself and by the fake to throttle.
 *
 * <pre>{@code
 * RateLimits.ec2Defaults();                 // EC2's published buckets
 * RateLimits.ec2Defaults().share(0.5);      // leave half to other tools in the account
 * RateLimits.ec2Defaults().refillFactor(50) // a fast world for benchmarks
 * }</pre>
 */
public final class RateLimits {
  /** One bucket's size and refill rate. */
  public static final class Limit {
    private final double capacity;
    private final double refillPerSecond;

    Limit(double capacity, double refillPerSecond) {
      this.capacity = capacity;
      this.refillPerSecond = refillPerSecond;
    }

    /** Tokens the bucket holds when full. */
    public double capacity() {
      return capacity;
    }

    /** Tokens added per second. */
    public double refillPerSecond() {
      return refillPerSecond;
    }

    @Override
    public String toString() {
      return capacity + " tokens, " + refillPerSecond + "/s";
    }
  }

  private final Map<Ec2Action.Bucket, Limit> limits;

  private RateLimits(Map<Ec2Action.Bucket, Limit> limits) {
    this.limits = Collections.unmodifiableMap(new EnumMap<>(limits));
  }

  /** EC2's published buckets (EC2-FACTS "Throttling"). */
  public static RateLimits ec2Defaults() {
    Map<Ec2Action.Bucket, Limit> m = new EnumMap<>(Ec2Action.Bucket.class);
    m.put(Ec2Action.Bucket.DESCRIBE, new Limit(100, 20));
    m.put(Ec2Action.Bucket.MUTATING, new Limit(50, 5));
    m.put(Ec2Action.Bucket.COPY_IMAGE, new Limit(100, 1));
    m.put(Ec2Action.Bucket.DEREGISTER_IMAGE, new Limit(100, 5));
    m.put(Ec2Action.Bucket.MODIFY_IMAGE_ATTRIBUTE, new Limit(100, 5));
    m.put(Ec2Action.Bucket.TAGS, new Limit(100, 10));
    m.put(Ec2Action.Bucket.DELETE_SNAPSHOT, new Limit(100, 5));
    m.put(Ec2Action.Bucket.RUN_INSTANCES, new Limit(5, 2));
    m.put(Ec2Action.Bucket.SSM, new Limit(40, 40));
    m.put(Ec2Action.Bucket.IDENTITY, new Limit(100, 100));
    return new RateLimits(m);
  }

  /** No limits at all (every bucket effectively infinite). */
  public static RateLimits unlimited() {
    Map<Ec2Action.Bucket, Limit> m = new EnumMap<>(Ec2Action.Bucket.class);
    for (Ec2Action.Bucket b : Ec2Action.Bucket.values()) {
      m.put(b, new Limit(1e9, 1e9));
    }
    return new RateLimits(m);
  }

  /**
   * The same buckets with refill rates multiplied by {@code factor} (capacities unchanged).
   *
   * @param factor greater than 0
   * @return the scaled table
   */
  public RateLimits refillFactor(double factor) {
    Check.that(factor > 0, "refillFactor", factor, "must be greater than 0");
    Map<Ec2Action.Bucket, Limit> m = new EnumMap<>(Ec2Action.Bucket.class);
    limits.forEach((b, l) -> m.put(b, new Limit(l.capacity, l.refillPerSecond * factor)));
    return new RateLimits(m);
  }

  /**
   * A share of every bucket (capacity and refill), leaving the rest to other tools in the account.
   *
   * @param fraction greater than 0, at most 1
   * @return the share
   */
  public RateLimits share(double fraction) {
    Check.that(fraction > 0 && fraction <= 1, "share", fraction, "must be greater than 0 and at most 1");
    Map<Ec2Action.Bucket, Limit> m = new EnumMap<>(Ec2Action.Bucket.class);
    limits.forEach((b, l) -> m.put(b, new Limit(Math.max(1, l.capacity * fraction), l.refillPerSecond * fraction)));
    return new RateLimits(m);
  }

  /**
   * Replaces one bucket.
   *
   * @param bucket the bucket
   * @param capacity tokens when full, at least 1
   * @param refillPerSecond tokens per second, greater than 0
   * @return the changed table
   */
  public RateLimits with(Ec2Action.Bucket bucket, double capacity, double refillPerSecond) {
    Check.that(capacity >= 1, "capacity", capacity, "must be at least 1");
    Check.that(refillPerSecond > 0, "refillPerSecond", refillPerSecond, "must be greater than 0");
    Map<Ec2Action.Bucket, Limit> m = new EnumMap<>(limits);
    m.put(bucket, new Limit(capacity, refillPerSecond));
    return new RateLimits(m);
  }

  /**
   * The limit of a bucket.
   *
   * @param bucket the bucket
   * @return its limit
   */
  public Limit of(Ec2Action.Bucket bucket) {
    return limits.get(bucket);
  }

  /**
   * The limit of an action's bucket.
   *
   * @param action the action
   * @return its bucket's limit
   */
  public Limit of(Ec2Action action) {
    return limits.get(action.bucket());
  }

  @Override
  public String toString() {
    return "RateLimits" + limits;
  }
}
