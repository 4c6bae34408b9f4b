package io.ami4j.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs JUnit 5 tests against the in-memory EC2 world, and says how that world is built. Test
 * methods, lifecycle methods and constructors may declare parameters of these types:
 *
 * <table>
 *   <caption>What {@code @AmiTest} injects</caption>
 *   <tr><th>parameter</th><th>what it gets</th></tr>
 *   <tr><td>{@link io.ami4j.testkit.FakeEc2}</td><td>the world</td></tr>
 *   <tr><td>{@link io.ami4j.AmiClient}</td><td>a client of the default account
 *       ({@code 000000000000}) on the world's clock and virtual scheduler, in {@link #region()}</td></tr>
 *   <tr><td>{@link Account @Account("111122223333")} {@link io.ami4j.AmiClient}</td><td>a client of
 *       another account, one of {@link #accounts()}</td></tr>
 *   <tr><td>{@link io.ami4j.spi.AmiProvider}, optionally with {@link Account @Account}</td><td>the
 *       account's provider (its raw SPI view of the world)</td></tr>
 *   <tr><td>{@link io.ami4j.testkit.time.VirtualScheduler}</td><td>the world's auto-advancing
 *       scheduler, which the clients use</td></tr>
 *   <tr><td>{@link io.ami4j.testkit.time.VirtualClock}</td><td>the world's clock</td></tr>
 * </table>
 *
 * <p>Each test gets a fresh world (and clients), closed after it, unless the class asks for
 * {@link #sharedWorld()}. The attributes cover the common cases; {@link #world()} names a factory
 * method for everything else.
 *
 * <pre>{@code
 * @AmiTest(regions = {"us-east-1", "eu-west-1"}, accounts = "111122223333", timing = WorldTiming.INSTANT)
 * class GoldenImageTest {
 *   @Test
 *   void thePartnerLaunchesTheSharedImage(AmiClient amis, @Account("111122223333") AmiClient partner) { … }
 *
 *   @Test
 *   @AmiTest(faultRate = 0.2, faultSeed = 7)           // this test only: 20 % of calls answer 500 or 503
 *   void retriesThroughServerErrors(AmiClient amis) { … }
 *
 *   @Test
 *   @AmiTest(world = "lossyWorld")                      // anything else: a factory method
 *   void survivesLostAnswers(AmiClient amis, FakeEc2 world) { … }
 *
 *   static FakeEc2.Builder lossyWorld() {
 *     return FakeEc2.builder().faults(FaultPlan.builder().seed(3).probability(FaultKind.LOST_ANSWER, 0.3).build());
 *   }
 * }
 * }</pre>
 *
 * <p><b>Class and method.</b> On a test method, {@code @AmiTest} gives that test its own world:
 * every attribute the method sets (to a value other than its default) replaces the class's, the
 * others come from the class. (A method therefore cannot set an attribute back to its default;
 * give it its own class, or a {@link #world()} factory, instead.) An {@code @AmiTest} on an
 * enclosing class applies to its {@code @Nested} classes.
 *
 * <p><b>Errors.</b> A configuration that cannot be right fails the test before it runs, naming
 * the attribute and the rule, e.g. {@code @AmiTest(region = "eu-central-1") on MyTest: region must
 * be one of the world's regions [us-east-1, us-west-2, eu-west-1, ap-south-1]}.
 *
 * <p>The extension needs JUnit Jupiter on the class path (ami-testkit declares it optional; see
 * ami4j-bom for the version it is built with).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AmiTestExtension.class)
public @interface AmiTest {
  /**
   * Whether all tests of the class share one world and its clients (default: a fresh world per
   * test). Class level only; a test method with its own {@code @AmiTest} still gets its own world.
   *
   * @return whether the class shares one world
   */
  boolean sharedWorld() default false;

  /**
   * The default region of the injected clients; one of {@link #regions()}. Empty (the default):
   * the world's first region, {@code us-east-1} unless {@link #regions()} says otherwise.
   *
   * @return the region's name
   */
  String region() default "";

  /**
   * The world's regions; calls to other regions fail as EC2's do. Empty (the default):
   * {@link io.ami4j.testkit.FakeEc2#DEFAULT_REGIONS}.
   *
   * @return region names, without duplicates
   */
  String[] regions() default {};

  /**
   * The other accounts of the test, besides the default account {@code 000000000000}: each may be
   * injected as {@code @Account("…") AmiClient} or {@code @Account("…") AmiProvider}.
   *
   * @return twelve-digit account ids, without duplicates
   */
  String[] accounts() default {};

  /**
   * The seed of the world's generated ids: the same seed and calls give the same ids.
   *
   * @return the seed
   */
  long seed() default 42L;

  /**
   * Whether the world holds the public catalog (Amazon Linux, Ubuntu, Windows, a paid marketplace
   * image) and its SSM parameters.
   *
   * @return whether to seed the catalog
   */
  boolean seedCatalog() default true;

  /**
   * How long images stay {@code pending} and instances move between states:
   * {@link WorldTiming#EC2} (the default: EC2-like minutes, passed on the virtual clock) or
   * {@link WorldTiming#INSTANT}.
   *
   * @return the timing
   */
  WorldTiming timing() default WorldTiming.EC2;

  /**
   * Whether the world throttles every account by EC2's published token buckets
   * ({@code RequestLimitExceeded} when a bucket is empty).
   *
   * @return whether to throttle
   */
  boolean throttling() default false;

  /**
   * The share of calls that answer a retryable server error, half {@code 500 InternalError}, half
   * {@code 503 Unavailable}, drawn with {@link #faultSeed()}.
   *
   * @return between 0 (the default: none) and 1
   */
  double faultRate() default 0.0;

  /**
   * The seed of {@link #faultRate()}'s draws: the same seed gives the same faults on the same calls.
   *
   * @return the seed
   */
  long faultSeed() default 0L;

  /**
   * The name of a static method with no parameters that returns the world's
   * {@link io.ami4j.testkit.fault.FaultPlan}, for faults the other attributes do not cover
   * (scripted faults, lost answers, consistency lag, competing load). A method of the test class
   * or its superclasses, or {@code "com.acme.Plans#flaky"} for one elsewhere, as JUnit's
   * {@code @MethodSource} names methods. Not together with {@link #throttling()} or
   * {@link #faultRate()}: set those in the plan.
   *
   * @return the method's name
   */
  String faults() default "";

  /**
   * The deadline of every wait of the injected clients, as an ISO-8601 duration such as
   * {@code "PT45M"} (empty: the client's default). Virtual time: a long deadline costs nothing.
   *
   * @return the deadline
   */
  String waitTimeout() default "";

  /**
   * The fixed interval at which the injected clients poll while they wait, as an ISO-8601 duration
   * such as {@code "PT15S"} (empty: the client's growing interval).
   *
   * @return the interval
   */
  String pollInterval() default "";

  /**
   * The name of a static method with no parameters that returns the world, as a
   * {@link io.ami4j.testkit.FakeEc2} or a {@link io.ami4j.testkit.FakeEc2.Builder}, for worlds
   * the attributes cannot describe (a shared clock, a real clock, a timing of its own). Named as
   * in {@link #faults()}. The extension closes the world after the test. The attributes that
   * shape a world ({@code regions}, {@code seed}, {@code seedCatalog}, {@code timing},
   * {@code throttling}, {@code faultRate}, {@code faultSeed}, {@code faults}) then belong in the
   * method and must not be set beside it; the client attributes ({@code region},
   * {@code accounts}, {@code waitTimeout}, {@code pollInterval}) still apply.
   *
   * @return the method's name
   */
  String world() default "";
}
