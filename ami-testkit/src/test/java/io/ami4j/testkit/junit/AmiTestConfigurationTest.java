package io.ami4j.testkit.junit;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiClient;
import io.ami4j.AmiTimeoutException;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.time.VirtualClock;
import io.ami4j.testkit.time.VirtualScheduler;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Each attribute of {@link AmiTest}, the factory methods, and method-level configuration. */
class AmiTestConfigurationTest {
  static final String PARTNER = "111122223333";
  private static final Region EAST = Region.of("us-east-1");
  private static final Region WEST = Region.of("eu-west-1");

  static Image register(AmiClient amis, FakeEc2 world, String name) {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, amis.region(), 8);
    return amis.register().fromSnapshot(snap).named(name).architecture(Architecture.X86_64)
        .rootDevice("/dev/xvda").submit().await();
  }

  /** What the world's clock read when the test began. */
  static Duration elapsed(VirtualClock clock, Instant start) {
    return Duration.between(start, clock.instant());
  }

  @Nested
  @AmiTest(regions = {"eu-west-1", "ap-south-1"})
  class Regions {
    @Test
    void theWorldHasTheRegionsAndClientsStartInTheFirst(AmiClient amis, FakeEc2 world) {
      assertThat(world.regions()).containsExactly(WEST, Region.of("ap-south-1"));
      assertThat(amis.region()).isEqualTo(WEST);
      assertThatThrownBy(() -> world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8))
          .hasMessageContaining("us-east-1");
    }

    @Test
    @AmiTest(region = "ap-south-1")
    void regionPicksTheClientsRegion(AmiClient amis, FakeEc2 world) {
      assertThat(amis.region()).isEqualTo(Region.of("ap-south-1"));
      assertThat(world.regions()).containsExactly(WEST, Region.of("ap-south-1"));
    }
  }

  @Nested
  @AmiTest(accounts = {PARTNER, "444455556666"}, timing = WorldTiming.INSTANT)
  class Accounts {
    @Test
    void anotherAccountsClientActsAsThatAccount(AmiClient owner, @Account(PARTNER) AmiClient partner,
        FakeEc2 world) {
      Image golden = register(owner, world, "golden");
      assertThatThrownBy(() -> partner.launch(golden.id()).instanceType("t3.micro").submit().await())
          .hasMessageContaining(golden.id().toString());
      owner.sharing(golden.id()).grant(LaunchPermission.account(PARTNER)).shareSnapshots().apply();
      assertThat(partner.launch(golden.id()).instanceType("t3.micro").submit().await()).hasSize(1);
      assertThat(world.allInstances(EAST)).singleElement()
          .satisfies(i -> assertThat(i).isRunning().wasLaunchedFrom(golden.id()));
    }

    @Test
    void theSameAccountGetsTheSameClientAndItsProvider(@Account(PARTNER) AmiClient a,
        @Account(PARTNER) AmiClient b, @Account(PARTNER) AmiProvider provider,
        @Account("000000000000") AmiClient owner, AmiClient defaultClient, FakeEc2 world) {
      assertThat(a).isSameAs(b);
      assertThat(owner).isSameAs(defaultClient);
      assertThat(provider).isSameAs(world.provider(AccountId.of(PARTNER)));
    }
  }

  @Nested
  @AmiTest(seed = 7)
  class Seed {
    @Test
    void theSeedGivesTheSameIdsAsABuiltWorld(AmiClient amis, FakeEc2 world) {
      Image here = register(amis, world, "seeded");
      try (FakeEc2 same = FakeEc2.builder().seed(7).build(); AmiClient c = same.clientBuilder().build();
           FakeEc2 other = FakeEc2.create(); AmiClient d = other.clientBuilder().build()) {
        assertThat(register(c, same, "seeded").id()).isEqualTo(here.id());
        assertThat(register(d, other, "seeded").id()).isNotEqualTo(here.id());
      }
    }
  }

  @Nested
  @AmiTest(timing = WorldTiming.INSTANT)
  class InstantTiming {
    @Test
    void imagesAreAvailableAtOnce(AmiProvider ec2, AmiClient amis, FakeEc2 world, VirtualClock clock) {
      Instant start = clock.instant();
      Image made = register(amis, world, "instant");
      assertThat(made).isAvailable();
      assertThat(elapsed(clock, start)).isLessThan(Duration.ofSeconds(30));
      assertThat(world.timing().copyImage()).isZero();
    }

    @Test
    @AmiTest(timing = WorldTiming.EC2)
    void aMethodCannotSetAnAttributeBackToItsDefault(FakeEc2 world) {
      // EC2 is the attribute's default, so the method's annotation leaves the class's INSTANT (see AmiTest).
      assertThat(world.timing().registerImage()).isZero();
    }
  }

  @Nested
  @AmiTest
  class Ec2Timing {
    @Test
    void imagesStayPendingForEc2sTime(AmiClient amis, FakeEc2 world, VirtualClock clock) {
      Instant start = clock.instant();
      assertThat(register(amis, world, "slow")).isAvailable();
      assertThat(elapsed(clock, start)).isGreaterThanOrEqualTo(Timing.defaults().registerImage());
    }
  }

  @Nested
  @AmiTest(faultRate = 0.3, faultSeed = 11, seedCatalog = false)
  class FaultRate {
    @Test
    void callsMeetServerErrorsAndTheClientRetriesThrough(AmiClient amis, FakeEc2 world) {
      for (int i = 0; i < 8; i++) {
        assertThat(register(amis, world, "flaky-" + i)).isAvailable();
      }
      var stats = world.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow();
      assertThat(stats.injected(FaultKind.INTERNAL_ERROR)).isPositive();
      assertThat(stats.injected(FaultKind.UNAVAILABLE)).isPositive();
    }

    @Test
    void theSeedRepeatsTheFaults(AmiClient amis, FakeEc2 world) {
      for (int i = 0; i < 8; i++) {
        register(amis, world, "flaky-" + i);
      }
      long injected = world.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow().injectedFaults();
      try (FakeEc2 again = FakeEc2.builder().seedCatalog(false).faults(FaultPlan.builder().seed(11)
          .probability(FaultKind.INTERNAL_ERROR, 0.15).probability(FaultKind.UNAVAILABLE, 0.15).build()).build();
           AmiClient c = again.clientBuilder().build()) {
        for (int i = 0; i < 8; i++) {
          register(c, again, "flaky-" + i);
        }
        assertThat(again.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow().injectedFaults()).isEqualTo(injected);
      }
    }
  }

  @Nested
  @AmiTest(faults = "firstDescribeFails")
  class NamedFaultPlan {
    static FaultPlan firstDescribeFails() {
      return FaultPlan.builder().failNext(Ec2Action.DESCRIBE_IMAGES, FaultKind.UNAVAILABLE).build();
    }

    @Test
    void theWorldUsesThePlan(AmiClient amis, FakeEc2 world) {
      assertThat(register(amis, world, "planned")).isAvailable();
      assertThat(world.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow().injected(FaultKind.UNAVAILABLE))
          .isEqualTo(1);
    }

    @Test
    @AmiTest(faults = "io.ami4j.testkit.junit.AmiTestConfigurationTest#lostCreates")
    void aPlanElsewhereIsNamedWithItsClass(FakeEc2 world, AmiProvider ec2) {
      assertThat(world.faultStats(FakeEc2.DEFAULT_ACCOUNT)).isPresent();
      assertThat(ec2).isSameAs(world.provider());
    }
  }

  static FaultPlan lostCreates() {
    return FaultPlan.builder().failNext(Ec2Action.CREATE_IMAGE, FaultKind.LOST_ANSWER).build();
  }

  @Nested
  @AmiTest(waitTimeout = "PT30S")
  class WaitTimeout {
    @Test
    void waitsEndAtTheDeadline(AmiClient amis, FakeEc2 world) {
      SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
      // RegisterImage stays pending a minute (EC2 timing), longer than the 30 s deadline.
      assertThatThrownBy(() -> amis.register().fromSnapshot(snap).named("late").architecture(Architecture.X86_64)
          .rootDevice("/dev/xvda").submit().await()).isInstanceOf(AmiTimeoutException.class);
    }
  }

  @Nested
  @AmiTest(pollInterval = "PT25S", waitTimeout = "PT10M")
  class PollInterval {
    @Test
    void waitsPollAtTheFixedInterval(AmiClient amis, FakeEc2 world, VirtualClock clock) {
      Instant start = clock.instant();
      assertThat(register(amis, world, "polled")).isAvailable();
      // Pending 60 s, polled every 25 s: seen available at the poll of 75 s, not before 60 s.
      Duration waited = elapsed(clock, start);
      assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(60)).isLessThan(Duration.ofSeconds(100));
      assertThat(waited.toMillis() % Duration.ofSeconds(25).toMillis()).isZero();
    }
  }

  @Nested
  @AmiTest(world = "twoRegionWorld", region = "eu-west-1")
  class WorldFactoryReturningABuilder {
    @Test
    void theFactoryBuildsTheWorld(AmiClient amis, FakeEc2 world) {
      assertThat(world.regions()).containsExactly(EAST, WEST);
      assertThat(world.timing().copyImage()).isEqualTo(Duration.ofMinutes(2));
      assertThat(amis.region()).isEqualTo(WEST);
    }
  }

  static FakeEc2.Builder twoRegionWorld() {
    return FakeEc2.builder().regions(EAST, WEST).timing(Timing.builder().copyImage(Duration.ofMinutes(2)).build());
  }

  @Nested
  @AmiTest(world = "sharedClockWorld")
  class WorldFactoryReturningAWorld {
    static final VirtualClock CLOCK = VirtualClock.create();

    static FakeEc2 sharedClockWorld() {
      return FakeEc2.builder().clock(CLOCK).seedCatalog(false).build();
    }

    @Test
    void theFactorysWorldIsInjected(FakeEc2 world, VirtualClock clock, AmiClient amis) {
      assertThat(clock).isSameAs(CLOCK);
      assertThat(world.allImages(EAST)).isEmpty();
      assertThat(register(amis, world, "on-the-shared-clock")).isAvailable();
    }
  }

  @Nested
  @AmiTest(regions = "eu-west-1", accounts = PARTNER, faultRate = 0.1, faultSeed = 3)
  class MethodOverridesClass {
    @Test
    void aMethodWithoutItsOwnAnnotationGetsTheClasss(FakeEc2 world) {
      assertThat(world.regions()).containsExactly(WEST);
      assertThat(world.timing()).isSameAs(Timing.defaults());
      assertThat(world.allImages(WEST)).isNotEmpty();
      assertThat(world.faultStats(FakeEc2.DEFAULT_ACCOUNT)).isPresent();
    }

    @Test
    @AmiTest(timing = WorldTiming.INSTANT, seedCatalog = false)
    void aMethodsAttributesReplaceTheClasssAndTheRestStays(FakeEc2 world, @Account(PARTNER) AmiClient partner) {
      assertThat(world.regions()).containsExactly(WEST);
      assertThat(world.timing().registerImage()).isZero();
      assertThat(world.allImages(WEST)).isEmpty();
      assertThat(world.faultStats(FakeEc2.DEFAULT_ACCOUNT)).isPresent();
      assertThat(partner.region()).isEqualTo(WEST);
    }

    @Test
    @AmiTest(world = "twoRegionWorld")
    void aMethodsFactoryReplacesTheClasssWorldAttributes(FakeEc2 world, @Account(PARTNER) AmiClient partner) {
      assertThat(world.regions()).containsExactly(EAST, WEST);
      assertThat(world.faultStats(FakeEc2.DEFAULT_ACCOUNT)).isEmpty();
      assertThat(partner.region()).isEqualTo(EAST);
    }

    @Test
    @AmiTest(faults = "firstDescribeFails")
    void aMethodsFaultPlanReplacesTheClasssFaultAttributes(FakeEc2 world, AmiClient amis) {
      register(amis, world, "planned");
      var stats = world.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow();
      assertThat(stats.injected(FaultKind.UNAVAILABLE)).isEqualTo(1);
      assertThat(stats.injected(FaultKind.INTERNAL_ERROR)).isZero();
    }
  }

  static FaultPlan firstDescribeFails() {
    return NamedFaultPlan.firstDescribeFails();
  }

  @Nested
  @AmiTest(sharedWorld = true, seedCatalog = false)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class SharedWorldWithAMethodOfItsOwn {
    FakeEc2 seenBeforeEach;

    @BeforeEach
    void remember(FakeEc2 world) {
      seenBeforeEach = world;
    }

    @Test
    @Order(1)
    void first(AmiClient amis, FakeEc2 world) {
      assertThat(world).isSameAs(seenBeforeEach);
      register(amis, world, "shared");
      assertThat(world.allImages(EAST)).hasSize(1);
    }

    @Test
    @Order(2)
    @AmiTest(timing = WorldTiming.INSTANT)
    void aMethodWithItsOwnAnnotationGetsItsOwnWorld(FakeEc2 world) {
      assertThat(world).isSameAs(seenBeforeEach);
      assertThat(world.allImages(EAST)).isEmpty();
    }

    @Test
    @Order(3)
    void theSharedWorldIsStillThere(FakeEc2 world) {
      assertThat(world.allImages(EAST)).hasSize(1);
    }
  }

  @Nested
  @AmiTest
  class Injection {
    @Test
    void theSchedulerIsTheOneTheClientsWaitOn(VirtualScheduler scheduler, FakeEc2 world, AmiClient amis) {
      assertThat(scheduler).isSameAs(world.scheduler());
      assertThat(register(amis, world, "scheduled")).isAvailable();
      assertThat(scheduler.isShutdown()).isFalse();
    }

    @Test
    void theDefaultAccountIsTheWorldsDefault(AmiProvider ec2, FakeEc2 world) {
      assertThat(ec2).isSameAs(world.provider(FakeEc2.DEFAULT_ACCOUNT));
    }
  }

  @Nested
  @AmiTest(seedCatalog = false)
  class ConstructorInjection {
    private final FakeEc2 constructed;
    private final AmiClient client;

    ConstructorInjection(FakeEc2 world, AmiClient amis) {
      this.constructed = world;
      this.client = amis;
    }

    @Test
    void theConstructorGetsTheTestsWorld(FakeEc2 world, AmiClient amis) {
      assertThat(constructed).isSameAs(world);
      assertThat(client).isSameAs(amis);
    }

    @Test
    @AmiTest(regions = "eu-west-1")
    void evenWhenTheTestHasAWorldOfItsOwn(FakeEc2 world) {
      assertThat(constructed).isSameAs(world);
      assertThat(constructed.regions()).containsExactly(WEST);
    }
  }

  /** A class without {@code @AmiTest}, whose one method has it. */
  @Nested
  class OnlyAMethod {
    @Test
    @AmiTest(regions = "ap-south-1")
    void theMethodAloneConfiguresTheWorld(FakeEc2 world, AmiClient amis) {
      assertThat(world.regions()).containsExactly(Region.of("ap-south-1"));
      assertThat(amis.region()).isEqualTo(Region.of("ap-south-1"));
    }
  }

  @Test
  void instantTimingTakesNoTimeAnywhere() {
    Timing t = WorldTiming.INSTANT.timing();
    assertThat(java.util.List.of(t.createImage(), t.registerImage(), t.copyImage(), t.instancePending(),
        t.instanceStopping(), t.instanceShuttingDown(), t.deregisteredVisible(), t.userDataRunTime()))
        .allMatch(Duration::isZero);
    assertThat(WorldTiming.EC2.timing()).isSameAs(Timing.defaults());
  }
}
