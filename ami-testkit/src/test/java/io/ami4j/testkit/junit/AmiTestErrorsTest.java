package io.ami4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ami4j.AmiClient;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultPlan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * A configuration of {@link AmiTest} that cannot be right fails before the test runs, naming the
 * attribute and the rule. The misconfigured classes below are run through the JUnit engine (they are
 * nested, so surefire does not pick them up itself).
 */
class AmiTestErrorsTest {

  /** Runs a class; answers the messages of everything that failed in it, and checks a test body never ran. */
  private static List<String> failures(Class<?> testClass) {
    ran = false;
    List<Event> failed = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
        .allEvents().failed().list();
    assertThat(ran).as("the body of a misconfigured test ran").isFalse();
    return failed.stream().map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable()
        .map(Throwable::getMessage).orElse("")).collect(Collectors.toList());
  }

  private static volatile boolean ran;

  static Arguments bad(Class<?> testClass, String message) {
    return Arguments.of(testClass.getSimpleName(), testClass, message);
  }

  static List<Arguments> misconfigured() {
    String on = AmiTestErrorsTest.class.getName() + "$";
    return List.of(
        bad(RegionOutsideTheWorld.class, "@AmiTest(region = \"us-east-1\") on " + on
            + "RegionOutsideTheWorld: region must be one of the world's regions [eu-west-1]"),
        bad(RegionNotARegion.class, "@AmiTest(region = \"Mars\") on " + on + "RegionNotARegion: region is not valid:"),
        bad(RegionTwice.class, "@AmiTest(regions = {\"eu-west-1\", \"eu-west-1\"}) on " + on
            + "RegionTwice: regions must not name a region twice: eu-west-1"),
        bad(FaultRateAboveOne.class, "@AmiTest(faultRate = 1.5) on " + on
            + "FaultRateAboveOne: faultRate must be between 0 and 1"),
        bad(FaultSeedAlone.class, "@AmiTest(faultSeed = 9) on " + on
            + "FaultSeedAlone: faultSeed has nothing to draw: set faultRate above 0 too"),
        bad(FaultsAndThrottling.class, "@AmiTest(throttling = true) on " + on + "FaultsAndThrottling: throttling "
            + "must not be set beside faults = \"plan\": the named FaultPlan holds every fault, so set it in the plan"),
        bad(WorldAndTiming.class, "@AmiTest(timing = INSTANT) on " + on + "WorldAndTiming: timing must not be set "
            + "beside world = \"world\": the factory method builds the whole world, so set it there"),
        bad(WorldMissing.class, "@AmiTest(world = \"noSuchWorld\") on " + on + "WorldMissing: world must name a "
            + "static method with no parameters returning FakeEc2 or Builder, but noSuchWorld() is not a method of "
            + on + "WorldMissing or the classes enclosing it"),
        bad(WorldNotStatic.class, "@AmiTest(world = \"world\") on " + on + "WorldNotStatic: world must name a static "
            + "method with no parameters returning FakeEc2 or Builder, but world() is not static"),
        bad(WorldOfTheWrongType.class, "@AmiTest(world = \"world\") on " + on + "WorldOfTheWrongType: world must "
            + "name a static method with no parameters returning FakeEc2 or Builder, but world() returns String"),
        bad(WorldNull.class, "@AmiTest(world = \"world\") on " + on + "WorldNull: world must name a static method "
            + "with no parameters returning FakeEc2 or Builder, but world() returned null"),
        bad(FaultsInAMissingClass.class, "@AmiTest(faults = \"com.example.Plans#flaky\") on " + on
            + "FaultsInAMissingClass: faults names a method of com.example.Plans, a class that cannot be found"),
        bad(WaitTimeoutNotADuration.class, "@AmiTest(waitTimeout = \"45m\") on " + on + "WaitTimeoutNotADuration: "
            + "waitTimeout must be an ISO-8601 duration such as \"PT45M\" or \"PT15S\""),
        bad(PollIntervalZero.class, "@AmiTest(pollInterval = \"PT0S\") on " + on
            + "PollIntervalZero: pollInterval is not valid:"),
        bad(DefaultAccountListed.class, "@AmiTest(accounts = {\"000000000000\"}) on " + on + "DefaultAccountListed: "
            + "accounts lists the other accounts; 000000000000 is the default account, always there"),
        bad(AccountNotAnId.class, "@AmiTest(accounts = {\"1234\"}) on " + on + "AccountNotAnId: accounts is not valid:"),
        bad(AccountTwice.class, "@AmiTest(accounts = {\"111122223333\", \"111122223333\"}) on " + on
            + "AccountTwice: accounts must not name an account twice: 111122223333"),
        bad(AccountNotListed.class, "@Account(\"444455556666\") on parameter 1 (AmiClient) in " + on
            + "AccountNotListed: the account must be listed in @AmiTest(accounts), which lists [111122223333]"),
        bad(AccountOnAWorld.class, "@Account on parameter 0 (FakeEc2) in " + on
            + "AccountOnAWorld: @Account applies to AmiClient and AmiProvider parameters only"),
        bad(SharedWorldOnAMethod.class, "@AmiTest(sharedWorld = true) on " + on + "SharedWorldOnAMethod#test: "
            + "sharedWorld is a class-level attribute; a method with its own @AmiTest always gets its own world"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misconfigured")
  void aBadConfigurationFailsNamingTheAttributeAndTheRule(String name, Class<?> testClass, String message) {
    assertThat(failures(testClass)).singleElement().asString().startsWith(message);
  }

  @Test
  void aGoodConfigurationRunsTheTest() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(Good.class)).execute().testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0).aborted(0).skipped(0));
  }

  @AmiTest(regions = "eu-west-1", accounts = "111122223333", world = "", faultRate = 0.5, faultSeed = 1)
  static class Good {
    @Test
    void test(AmiClient amis, @Account("111122223333") AmiClient other) {
      assertThat(amis).isNotSameAs(other);
    }
  }

  @AmiTest(regions = "eu-west-1", region = "us-east-1")
  static class RegionOutsideTheWorld {
    @Test
    void test(AmiClient amis) {
      ran = true;
    }
  }

  @AmiTest(region = "Mars")
  static class RegionNotARegion {
    @Test
    void test(AmiClient amis) {
      ran = true;
    }
  }

  @AmiTest(regions = {"eu-west-1", "eu-west-1"})
  static class RegionTwice {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(faultRate = 1.5)
  static class FaultRateAboveOne {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(faultSeed = 9)
  static class FaultSeedAlone {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(faults = "plan", throttling = true)
  static class FaultsAndThrottling {
    static FaultPlan plan() {
      return FaultPlan.none();
    }

    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(world = "world", timing = WorldTiming.INSTANT)
  static class WorldAndTiming {
    static FakeEc2 world() {
      return FakeEc2.create();
    }

    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(world = "noSuchWorld")
  static class WorldMissing {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(world = "world")
  static class WorldNotStatic {
    FakeEc2 world() {
      return FakeEc2.create();
    }

    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(world = "world")
  static class WorldOfTheWrongType {
    static String world() {
      return "a world";
    }

    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(world = "world")
  static class WorldNull {
    static FakeEc2 world() {
      return null;
    }

    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(faults = "com.example.Plans#flaky")
  static class FaultsInAMissingClass {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(waitTimeout = "45m")
  static class WaitTimeoutNotADuration {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(pollInterval = "PT0S")
  static class PollIntervalZero {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(accounts = "000000000000")
  static class DefaultAccountListed {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(accounts = "1234")
  static class AccountNotAnId {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(accounts = {"111122223333", "111122223333"})
  static class AccountTwice {
    @Test
    void test() {
      ran = true;
    }
  }

  @AmiTest(accounts = "111122223333")
  static class AccountNotListed {
    @Test
    void test(AmiClient amis, @Account("444455556666") AmiClient stranger) {
      ran = true;
    }
  }

  @AmiTest
  static class AccountOnAWorld {
    @Test
    void test(@Account("111122223333") FakeEc2 world) {
      ran = true;
    }
  }

  static class SharedWorldOnAMethod {
    @Test
    @AmiTest(sharedWorld = true)
    void test() {
      ran = true;
    }
  }
}
