package io.ami4j.internal.engine;

import io.ami4j.ImageSearch;
import io.ami4j.bake.BakeSpec;
import io.ami4j.bake.Bakes;
import io.ami4j.bake.Freshness;
import io.ami4j.cleanup.CleanupSpec;
import io.ami4j.model.ImageId;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How {@code AmiClient} makes the verbs of {@code io.ami4j.bake} and {@code io.ami4j.cleanup}
 * without a public constructor that takes the engine: each of those types keeps its constructor
 * package-private and, in its static initializer, registers it here (the JDK's "shared secrets").
 * The getters make sure the type has been initialized first.
 */
public final class VerbAccess {
  private static volatile BiFunction<Engine, ImageId, BakeSpec> bakeSpec;
  private static volatile Function<Engine, Bakes> bakes;
  private static volatile Function<Engine, Freshness> freshness;
  private static volatile BiFunction<Engine, Supplier<ImageSearch>, CleanupSpec> cleanupSpec;

  private VerbAccess() {}

  /**
   * Registers how a bake spec is made; called once, by {@link BakeSpec}'s static initializer.
   *
   * @param make the package-private constructor
   */
  public static void bakeSpec(BiFunction<Engine, ImageId, BakeSpec> make) {
    bakeSpec = make;
  }

  /**
   * Registers how the bakes' housekeeping is made; by {@link Bakes}'s static initializer.
   *
   * @param make the package-private constructor
   */
  public static void bakes(Function<Engine, Bakes> make) {
    bakes = make;
  }

  /**
   * Registers how the freshness check is made; by {@link Freshness}'s static initializer.
   *
   * @param make the package-private constructor
   */
  public static void freshness(Function<Engine, Freshness> make) {
    freshness = make;
  }

  /**
   * Registers how a cleanup spec is made; by {@link CleanupSpec}'s static initializer.
   *
   * @param make the package-private constructor
   */
  public static void cleanupSpec(BiFunction<Engine, Supplier<ImageSearch>, CleanupSpec> make) {
    cleanupSpec = make;
  }

  /**
   * A new bake spec.
   *
   * @param engine the client's engine
   * @param base the base image
   * @return the spec
   */
  public static BakeSpec newBakeSpec(Engine engine, ImageId base) {
    initialize(BakeSpec.class);
    return bakeSpec.apply(engine, base);
  }

  /**
   * The bakes' housekeeping.
   *
   * @param engine the client's engine
   * @return the housekeeping
   */
  public static Bakes newBakes(Engine engine) {
    initialize(Bakes.class);
    return bakes.apply(engine);
  }

  /**
   * A new freshness check.
   *
   * @param engine the client's engine
   * @return the check
   */
  public static Freshness newFreshness(Engine engine) {
    initialize(Freshness.class);
    return freshness.apply(engine);
  }

  /**
   * A new cleanup spec.
   *
   * @param engine the client's engine
   * @param queries new image queries of the client's region (the policy's {@code matching})
   * @return the spec
   */
  public static CleanupSpec newCleanupSpec(Engine engine, Supplier<ImageSearch> queries) {
    initialize(CleanupSpec.class);
    return cleanupSpec.apply(engine, queries);
  }

  private static void initialize(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(type + " cannot be initialized", e);
    }
  }
}
