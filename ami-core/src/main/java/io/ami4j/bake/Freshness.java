package io.ami4j.bake;

import io.ami4j.internal.bake.FreshnessCheck;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.engine.VerbAccess;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import java.util.List;

/**
 * Finds the account's images whose base image now has a newer release, so they can be baked
 * again. The base is what the bake tagged ({@value BakeTags#BASE_IMAGE}, {@value BakeTags#BASE_NAME},
 * {@value BakeTags#BASE_OWNER}); for images without those tags, the lineage of
 * {@code sourceImageId} (a copy's source, up to the first image of another owner). A newer release
 * has the same owner, the same architecture and the same name but for its digits (dates and
 * versions), and a later creation date.
 *
 * <pre>{@code
 * List<StaleImage> stale = amis.freshness().named("web-*").check();
 * }</pre>
 */
public final class Freshness {
  private final Engine engine;
  private Region region;
  private String namePattern;

  static {
    VerbAccess.freshness(Freshness::new);
  }

  Freshness(Engine engine) {
    this.engine = engine;
    this.region = engine.defaultRegion();
  }

  /**
   * The region to check (default: the client's).
   *
   * @param region the region
   * @return this
   */
  public Freshness in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * Checks only the account's images whose name matches.
   *
   * @param pattern a name with {@code *} and {@code ?} wildcards
   * @return this
   */
  public Freshness named(String pattern) {
    this.namePattern = Check.notNull("name", pattern);
    return this;
  }

  /**
   * Checks.
   *
   * @return the stale images, oldest base first
   */
  public List<StaleImage> check() {
    return new FreshnessCheck(engine, region, namePattern).run();
  }
}
