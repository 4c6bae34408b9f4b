package io.ami4j.bake;

import io.ami4j.DryRunResult;
import io.ami4j.internal.bake.BakeSweep;
import io.ami4j.internal.engine.Engine;
import io.ami4j.model.Region;
import java.time.Duration;
import java.util.List;

/**
 * A sweep of what bakes left, made by {@link Bakes#sweep(Duration)}: {@link #apply()} removes it,
 * {@link #dryRun()} asks whether each removal would be allowed. What counts as left over is
 * found when the sweep runs, among resources older than the age given, measured on the client's
 * clock at that moment.
 *
 * <pre>{@code
 * SweepResult r = amis.bakes().sweep(Duration.ofHours(6)).apply();
 * }</pre>
 */
public final class SweepSpec {
  private final Engine engine;
  private final List<Region> regions;
  private final Duration olderThan;

  SweepSpec(Engine engine, List<Region> regions, Duration olderThan) {
    this.engine = engine;
    this.regions = List.copyOf(regions);
    this.olderThan = olderThan;
  }

  /**
   * Removes what bakes left that is older than the age given.
   *
   * @return what was removed and what could not be
   */
  public SweepResult apply() {
    return new BakeSweep(engine).sweep(regions, engine.clock().instant().minus(olderThan));
  }

  /**
   * Finds what {@link #apply()} would remove and asks the backend whether each removal would be
   * allowed (EC2's {@code DryRun}); removes nothing.
   *
   * @return allowed, naming what would be removed, or the first refusal
   */
  public DryRunResult dryRun() {
    return new BakeSweep(engine).dryRun(regions, engine.clock().instant().minus(olderThan));
  }

  @Override
  public String toString() {
    return "SweepSpec[older than " + olderThan + " in " + regions + "]";
  }
}
