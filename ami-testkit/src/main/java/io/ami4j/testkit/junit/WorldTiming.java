package io.ami4j.testkit.junit;

import io.ami4j.testkit.Timing;
import java.time.Duration;

/**
 * How long things take in an {@link AmiTest} world: {@link AmiTest#timing()}. For any other
 * timing, build the world in a {@link AmiTest#world()} factory with {@link Timing#builder()}.
 */
public enum WorldTiming {
  /**
   * EC2's own times ({@link Timing#defaults()}): a copy stays {@code pending} 15 minutes, a new
   * instance 30 seconds. The virtual clock passes them in no real time; a test sees the states in
   * between, and its waits and deadlines are measured against them.
   */
  EC2(Timing.defaults()),

  /**
   * Nothing takes time: images are {@code available} and instances {@code running} as soon as
   * they exist. For tests about what ami4j does, not about waiting.
   */
  INSTANT(Timing.builder().createImage(Duration.ZERO).registerImage(Duration.ZERO).copyImage(Duration.ZERO)
      .instancePending(Duration.ZERO).instanceStopping(Duration.ZERO).instanceShuttingDown(Duration.ZERO)
      .deregisteredVisible(Duration.ZERO).userDataRunTime(Duration.ZERO).build());

  private final Timing timing;

  WorldTiming(Timing timing) {
    this.timing = timing;
  }

  /**
   * The world's timing.
   *
   * @return the timing
   */
  public Timing timing() {
    return timing;
  }
}
