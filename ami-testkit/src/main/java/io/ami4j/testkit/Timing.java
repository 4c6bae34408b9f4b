package io.ami4j.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * How long things take in the in-memory world: images stay {@code pending}, instances move
 * between states, deregistered images stay visible. All durations are on the world's clock.
 *
 * <pre>{@code
 * Timing fast = Timing.builder().copyImage(Duration.ofMinutes(1)).build();
 * FakeEc2 world = FakeEc2.builder().timing(fast).build();
 * }</pre>
 */
public final class Timing {
  private static final Timing DEFAULTS = builder().build();

  private final Duration createImage;
  private final Duration registerImage;
  private final Duration copyImage;
  private final Duration instancePending;
  private final Duration instanceStopping;
  private final Duration instanceShuttingDown;
  private final Duration deregisteredVisible;
  private final Duration userDataRunTime;

  private Timing(Builder b) {
    this.createImage = b.createImage;
    this.registerImage = b.registerImage;
    this.copyImage = b.copyImage;
    this.instancePending = b.instancePending;
    this.instanceStopping = b.instanceStopping;
    this.instanceShuttingDown = b.instanceShuttingDown;
    this.deregisteredVisible = b.deregisteredVisible;
    this.userDataRunTime = b.userDataRunTime;
  }

  /** EC2-like defaults: create 5 min, register 1 min, copy 15 min, instance transitions 30 s. */
  public static Timing defaults() {
    return DEFAULTS;
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long an image made by CreateImage stays {@code pending} (default 5 minutes). */
  public Duration createImage() {
    return createImage;
  }

  /** How long an image made by RegisterImage stays {@code pending} (default 1 minute). */
  public Duration registerImage() {
    return registerImage;
  }

  /** How long an image made by CopyImage stays {@code pending} (default 15 minutes). */
  public Duration copyImage() {
    return copyImage;
  }

  /** How long an instance stays {@code pending} before {@code running} (default 30 s). */
  public Duration instancePending() {
    return instancePending;
  }

  /** How long an instance stays {@code stopping} before {@code stopped} (default 30 s). */
  public Duration instanceStopping() {
    return instanceStopping;
  }

  /** How long an instance stays {@code shutting-down} before {@code terminated} (default 30 s). */
  public Duration instanceShuttingDown() {
    return instanceShuttingDown;
  }

  /** How long a deregistered image still shows as {@code deregistered} (default 10 minutes). */
  public Duration deregisteredVisible() {
    return deregisteredVisible;
  }

  /**
   * How long an instance launched with user data runs it before it stops itself, as a bake
   * script ending in {@code shutdown -h now} does (default 5 minutes).
   */
  public Duration userDataRunTime() {
    return userDataRunTime;
  }

  @Override
  public String toString() {
    return "Timing[createImage=" + createImage + ", registerImage=" + registerImage + ", copyImage="
        + copyImage + ", instancePending=" + instancePending + ", instanceStopping=" + instanceStopping
        + ", instanceShuttingDown=" + instanceShuttingDown + ", deregisteredVisible="
        + deregisteredVisible + ", userDataRunTime=" + userDataRunTime + "]";
  }

  /** Builds a {@link Timing}; every value starts at its default. */
  public static final class Builder {
    private Duration createImage = Duration.ofMinutes(5);
    private Duration registerImage = Duration.ofMinutes(1);
    private Duration copyImage = Duration.ofMinutes(15);
    private Duration instancePending = Duration.ofSeconds(30);
    private Duration instanceStopping = Duration.ofSeconds(30);
    private Duration instanceShuttingDown = Duration.ofSeconds(30);
    private Duration deregisteredVisible = Duration.ofMinutes(10);
    private Duration userDataRunTime = Duration.ofMinutes(5);

    private Builder() {}

    private static Duration check(String field, Duration d) {
      Objects.requireNonNull(d, field);
      if (d.isNegative()) {
        throw new IllegalArgumentException("Timing " + field + " must not be negative: " + d);
      }
      return d;
    }

    /**
     * Sets {@link Timing#createImage()}.
     *
     * @param d zero or more
     * @return this builder
     */
    public Builder createImage(Duration d) {
      this.createImage = check("createImage", d);
      return this;
    }

    /**
     * Sets {@link Timing#registerImage()}.
     *
     * @param d zero or more
     * @return this builder
     */
    public Builder registerImage(Duration d) {
      this.registerImage = check("registerImage", d);
      return this;
    }

    /**
     * Sets {@link Timing#copyImage()}.
     *
     * @param d zero or more
     * @return this builder
     */
    public Builder copyImage(Duration d) {
      this.copyImage = check("copyImage", d);
      return this;
    }

    /**
     * Sets {@link Timing#instancePending()}.
     *
     * @param d zero or more
     * @return this builder
     */
    public Builder instancePending(Duration d) {
      this.instancePending = check("instancePending", d);
      return this;
    }

    /**
     * Sets {@link Timing#instanceStopping()}.
     *
     * @param d zero or more
     * @return this builder
     */
    public Builder instanceStopping(Duration d) {
      this.instanceStopping = check("instanceStopping", d);
      return this;
    }

    /**
     * Sets {@link Timing#instanceShuttingDown()}.
     *
     * @param d zero or more
     * @return this builder
     */
    public Builder instanceShuttingDown(Duration d) {
      this.instanceShuttingDown = check("instanceShuttingDown", d);
      return this;
    }

    /**
     * Sets {@link Timing#deregisteredVisible()}.
     *
     * @param d zero or more
     * @return this builder
     */
    public Builder deregisteredVisible(Duration d) {
      this.deregisteredVisible = check("deregisteredVisible", d);
      return this;
    }

    /**
     * Sets {@link Timing#userDataRunTime()}.
     *
     * @param d zero or more
     * @return this builder
     */
    public Builder userDataRunTime(Duration d) {
      this.userDataRunTime = check("userDataRunTime", d);
      return this;
    }

    /** The timing. */
    public Timing build() {
      return new Timing(this);
    }
  }
}
