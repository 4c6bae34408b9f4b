package io.ami4j.testkit.fault;

import io.ami4j.internal.validate.Check;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link FaultingProvider} does to the calls it passes on: throttling by token buckets,
 * scripted faults on given calls, seeded-random faults, eventual-consistency lag of new images,
 * and real-clock latency. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * FaultPlan plan = FaultPlan.builder()
 *     .throttling(RateLimits.ec2Defaults())                         // EC2's own buckets
 *     .failCall(Ec2Action.DESCRIBE_IMAGES, 3, FaultKind.UNAVAILABLE) // the 3rd DescribeImages: 503
 *     .failNext(Ec2Action.CREATE_IMAGE, FaultKind.INTERNAL_ERROR)    // the first CreateImage: 500
 *     .seed(42).probability(FaultKind.INTERNAL_ERROR, 0.01)          // 1 % random 500s
 *     .consistencyLag(Duration.ZERO, Duration.ofSeconds(3))          // new images hide 0–3 s
 *     .build();
 * }</pre>
 *
 * <p>The order in which one call meets them: latency, throttling, scripted fault, random fault,
 * consistency lag, the backend, a lost answer.
 */
public final class FaultPlan {
  /** The window a lagging image stays invisible when none is given. */
  static final Duration DEFAULT_LAG_MAX = Duration.ofSeconds(5);

  private final RateLimits throttling;
  private final Map<Ec2Action, Map<Long, FaultKind>> scripted;
  private final Map<Ec2Action, List<FaultKind>> firstCalls;
  private final Map<FaultKind, Double> probabilities;
  private final long seed;
  private final Duration lagMin;
  private final Duration lagMax;
  private final Duration latencyMin;
  private final Duration latencyMax;
  private final double competingLoad;

  private FaultPlan(Builder b) {
    this.throttling = b.throttling == null ? null
        : b.refillFactor == 1.0 ? b.throttling : b.throttling.refillFactor(b.refillFactor);
    Map<Ec2Action, Map<Long, FaultKind>> s = new EnumMap<>(Ec2Action.class);
    b.scripted.forEach((a, m) -> s.put(a, Collections.unmodifiableMap(new HashMap<>(m))));
    this.scripted = Collections.unmodifiableMap(s);
    Map<Ec2Action, List<FaultKind>> f = new EnumMap<>(Ec2Action.class);
    b.firstCalls.forEach((a, l) -> f.put(a, List.copyOf(l)));
    this.firstCalls = Collections.unmodifiableMap(f);
    Map<FaultKind, Double> p = new EnumMap<>(FaultKind.class);
    p.putAll(b.probabilities);
    if (b.lagMax != null && !b.probabilities.containsKey(FaultKind.CONSISTENCY_LAG)) {
      p.put(FaultKind.CONSISTENCY_LAG, 1.0);
    }
    this.probabilities = Collections.unmodifiableMap(p);
    this.seed = b.seed;
    this.lagMin = b.lagMin == null ? Duration.ZERO : b.lagMin;
    this.lagMax = b.lagMax == null ? DEFAULT_LAG_MAX : b.lagMax;
    this.latencyMin = b.latencyMin;
    this.latencyMax = b.latencyMax;
    this.competingLoad = b.competingLoad;
  }

  /** A plan that injects nothing: the decorator only counts calls. */
  public static FaultPlan none() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The token buckets that throttle calls, when throttling is on (refill factor applied). */
  public Optional<RateLimits> throttling() {
    return Optional.ofNullable(throttling);
  }

  /**
   * The fault scripted for the {@code nth} call of {@code action}, counting from 1, if any.
   *
   * @param action the action
   * @param nth the call's number among calls of that action
   * @return the fault
   */
  public Optional<FaultKind> scriptedFault(Ec2Action action, long nth) {
    Map<Long, FaultKind> byCall = scripted.get(action);
    FaultKind fromNth = byCall == null ? null : byCall.get(nth);
    if (fromNth != null) {
      return Optional.of(fromNth);
    }
    List<FaultKind> first = firstCalls.getOrDefault(action, List.of());
    return nth <= first.size() ? Optional.of(first.get((int) nth - 1)) : Optional.empty();
  }

  /**
   * The probability that one call meets a random fault of {@code kind}; for
   * {@link FaultKind#CONSISTENCY_LAG}, that one new image lags.
   *
   * @param kind the kind
   * @return 0 to 1
   */
  public double probability(FaultKind kind) {
    return probabilities.getOrDefault(kind, 0.0);
  }

  /** The seed of the random faults, the lag windows and the latencies. */
  public long seed() {
    return seed;
  }

  /** The shortest time a lagging image stays invisible. */
  public Duration consistencyLagMin() {
    return lagMin;
  }

  /** The longest time a lagging image stays invisible. */
  public Duration consistencyLagMax() {
    return lagMax;
  }

  /**
   * The share of every throttling bucket's refill that other callers of the account take, 0 when
   * the account is the caller's alone.
   */
  public double competingLoad() {
    return competingLoad;
  }

  /** The shortest injected latency, when latency is on. */
  public Optional<Duration> latencyMin() {
    return Optional.ofNullable(latencyMin);
  }

  /** The longest injected latency, when latency is on. */
  public Optional<Duration> latencyMax() {
    return Optional.ofNullable(latencyMax);
  }

  @Override
  public String toString() {
    return "FaultPlan[throttling=" + throttling + ", scripted=" + scripted + ", first=" + firstCalls
        + ", probabilities=" + probabilities + ", seed=" + seed + ", lag=" + lagMin + ".." + lagMax
        + ", latency=" + latencyMin + ".." + latencyMax
        + ", competingLoad=" + competingLoad + "]";
  }

  /** Builds a {@link FaultPlan}; each setting is checked when it is made. */
  public static final class Builder {
    private RateLimits throttling;
    private double refillFactor = 1.0;
    private final Map<Ec2Action, Map<Long, FaultKind>> scripted = new EnumMap<>(Ec2Action.class);
    private final Map<Ec2Action, List<FaultKind>> firstCalls = new EnumMap<>(Ec2Action.class);
    private final Map<FaultKind, Double> probabilities = new EnumMap<>(FaultKind.class);
    private long seed;
    private Duration lagMin;
    private Duration lagMax;
    private Duration latencyMin;
    private Duration latencyMax;
    private double competingLoad;

    private Builder() {}

    /**
     * Throttles calls by these token buckets, one per region and bucket, as EC2 does per account.
     *
     * @param limits e.g. {@link RateLimits#ec2Defaults()}
     * @return this builder
     */
    public Builder throttling(RateLimits limits) {
      this.throttling = Check.notNull("throttling", limits);
      return this;
    }

    /**
     * Throttles calls by EC2's published buckets.
     *
     * @return this builder
     */
    public Builder ec2Throttling() {
      return throttling(RateLimits.ec2Defaults());
    }

    /**
     * Multiplies every refill rate of the throttling buckets (capacities stay): a fast world for
     * benchmarks, e.g. 50.
     *
     * @param factor greater than 0
     * @return this builder
     */
    public Builder refillFactor(double factor) {
      Check.that(factor > 0, "refillFactor", factor, "must be greater than 0");
      this.refillFactor = factor;
      return this;
    }

    /**
     * Other callers of the same account — Terraform, the console, Auto Scaling — take this share
     * of every throttling bucket's refill, steadily and before the calls through this decorator:
     * as EC2 sees it, every bucket refills {@code 1 − fraction} as fast as the table says, while
     * its capacity stays. (A steady caller that is always served first and a bucket that refills
     * slower are the same bucket.) The calls through the decorator do not know, as a client of a
     * shared account does not.
     *
     * @param fraction at least 0, less than 1
     * @return this builder
     */
    public Builder competingLoad(double fraction) {
      Check.that(fraction >= 0 && fraction < 1, "competingLoad", fraction, "must be at least 0 and less than 1");
      this.competingLoad = fraction;
      return this;
    }

    /**
     * Makes the {@code nth} call of {@code action} through the decorator (counting from 1) answer
     * {@code kind}.
     *
     * @param action the action
     * @param nth 1 or more
     * @param kind the fault
     * @return this builder
     */
    public Builder failCall(Ec2Action action, long nth, FaultKind kind) {
      Check.notNull("action", action);
      Check.notNull("kind", kind);
      Check.that(nth >= 1, "nth", nth, "must be at least 1 (calls count from 1)");
      scripted.computeIfAbsent(action, a -> new HashMap<>()).put(nth, kind);
      return this;
    }

    /**
     * Makes the first calls of {@code action} answer {@code kinds}, one each, in order.
     *
     * @param action the action
     * @param kinds the faults
     * @return this builder
     */
    public Builder failNext(Ec2Action action, FaultKind... kinds) {
      Check.notNull("action", action);
      for (FaultKind k : kinds) {
        firstCalls.computeIfAbsent(action, a -> new ArrayList<>()).add(Check.notNull("kind", k));
      }
      return this;
    }

    /**
     * Seeds the random faults, lag windows and latencies, so that a run can be repeated.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the probability of a random fault of {@code kind} per call. For
     * {@link FaultKind#CONSISTENCY_LAG} it is the probability that a new image lags (for a window
     * set by {@link #consistencyLag(Duration, Duration)}, 0–5 s if not set). The probabilities of
     * the other kinds together must not exceed 1.
     *
     * @param kind the kind
     * @param probability 0 to 1
     * @return this builder
     */
    public Builder probability(FaultKind kind, double probability) {
      Check.notNull("kind", kind);
      Check.that(probability >= 0 && probability <= 1, "probability", probability, "must be between 0 and 1");
      probabilities.put(kind, probability);
      double perCall = probabilities.entrySet().stream()
          .filter(e -> e.getKey() != FaultKind.CONSISTENCY_LAG).mapToDouble(Map.Entry::getValue).sum();
      Check.that(perCall <= 1.0 + 1e-9, "probability", probabilities,
          "of 500, 503, throttling and lost answers together must be at most 1");
      return this;
    }

    /**
     * Hides each image created through the decorator (CreateImage, RegisterImage, CopyImage) for a
     * window drawn uniformly from {@code min..max} on the decorator's clock: DescribeImages by id,
     * the image attribute calls, tags, DeregisterImage and RunInstances answer
     * {@code InvalidAMIID.NotFound} until then. Every new image lags unless
     * {@link #probability(FaultKind, double)} for {@link FaultKind#CONSISTENCY_LAG} says otherwise.
     *
     * @param min zero or more
     * @param max at least {@code min}
     * @return this builder
     */
    public Builder consistencyLag(Duration min, Duration max) {
      Check.that(!Check.notNull("min", min).isNegative(), "consistencyLag min", min, "must not be negative");
      Check.that(!Check.notNull("max", max).minus(min).isNegative(), "consistencyLag max", max,
          "must not be less than min " + min);
      this.lagMin = min;
      this.lagMax = max;
      return this;
    }

    /**
     * Delays every call by a time drawn uniformly from {@code min..max}, by sleeping on the real
     * clock: the simulated network of benchmarks and the stand-alone server. Applied only when the
     * decorator runs on the system clock; with a virtual clock it is ignored (sleeping would not
     * move virtual time, and moving it would change what the test controls).
     *
     * @param min zero or more
     * @param max at least {@code min}
     * @return this builder
     */
    public Builder latency(Duration min, Duration max) {
      Check.that(!Check.notNull("min", min).isNegative(), "latency min", min, "must not be negative");
      Check.that(!Check.notNull("max", max).minus(min).isNegative(), "latency max", max,
          "must not be less than min " + min);
      this.latencyMin = min;
      this.latencyMax = max;
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     */
    public FaultPlan build() {
      return new FaultPlan(this);
    }
  }
}
