package io.ami4j.bake;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.engine.VerbAccess;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Housekeeping of bakes: {@link #sweep(Duration)} removes what bakes of a crashed process left —
 * builder instances still alive, images that never reached the end of their bake (failed,
 * pending, or available but not marked {@value BakeTags#BAKE_STATE}={@value BakeTags#COMPLETE}),
 * and tagged snapshots no registered image uses. It finds them by the {@value BakeTags#BAKE} tag.
 *
 * <pre>{@code
 * SweepResult r = amis.bakes().in(Region.of("us-east-1"), Region.of("eu-west-1")).sweep(Duration.ofHours(6)).apply();
 * }</pre>
 */
public final class Bakes {
  private final Engine engine;
  private final Set<Region> regions = new LinkedHashSet<>();

  static {
    VerbAccess.bakes(Bakes::new);
  }

  Bakes(Engine engine) {
    this.engine = engine;
  }

  /**
   * The regions to sweep (default: the client's).
   *
   * @param regions one or more regions
   * @return this
   */
  public Bakes in(Region... regions) {
    for (Region r : Check.notNull("regions", regions)) {
      this.regions.add(Check.notNull("region", r));
    }
    return this;
  }

  /**
   * Sweeping what bakes left that is older than {@code olderThan} (so that running bakes are
   * spared: choose more than a bake's longest run): end it with {@link SweepSpec#apply()}, or ask
   * first with {@link SweepSpec#dryRun()}. The age is checked here, before any remote call.
   *
   * @param olderThan zero or more
   * @return the spec
   * @throws io.ami4j.AmiValidationException when {@code olderThan} is null or negative
   */
  public SweepSpec sweep(Duration olderThan) {
    checkAge(olderThan);
    return new SweepSpec(engine, where(), olderThan);
  }

  private static void checkAge(Duration olderThan) {
    Check.notNull("olderThan", olderThan);
    Check.that(!olderThan.isNegative(), "olderThan", olderThan, "must not be negative");
  }

  private List<Region> where() {
    List<Region> where = new ArrayList<>(regions);
    if (where.isEmpty()) {
      where.add(engine.defaultRegion());
    }
    return where;
  }
}
