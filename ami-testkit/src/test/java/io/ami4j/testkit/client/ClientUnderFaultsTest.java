package io.ami4j.testkit.client;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's answers to what EC2 does to callers, on the in-memory world with faults. */
class ClientUnderFaultsTest {
  private static final Region EAST = Region.of("us-east-1");

  private static Image register(AmiClient amis, FakeEc2 world, String name) {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
    return amis.register().fromSnapshot(snap).named(name).architecture(Architecture.X86_64)
        .rootDevice("/dev/xvda").submit().await();
  }

  private static long named(FakeEc2 world, String name) {
    return world.allImages(EAST).stream().filter(i -> i.name().equals(name)).count();
  }

  @Test
  void aLostRegisterAnswerResolvesToTheOneImageMade() {
    try (FakeEc2 world = FakeEc2.builder().faults(FaultPlan.builder()
            .failNext(Ec2Action.REGISTER_IMAGE, FaultKind.LOST_ANSWER).build()).build();
         AmiClient amis = world.clientBuilder().build()) {
      Image made = register(amis, world, "lost-answer");
      assertThat(made).isAvailable();
      assertThat(named(world, "lost-answer")).isEqualTo(1);
      assertThat(world.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow().injected(FaultKind.LOST_ANSWER)).isEqualTo(1);
    }
  }

  @Test
  void aJustRegisteredIdThatIsNotVisibleYetIsAwaitedNotFailed() {
    try (FakeEc2 world = FakeEc2.builder().faults(FaultPlan.builder()
            .consistencyLag(Duration.ofSeconds(90), Duration.ofSeconds(120)).build()).build();
         AmiClient amis = world.clientBuilder().build()) {
      Image made = register(amis, world, "lagging");
      assertThat(made).isAvailable();
      assertThat(world.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow().injected(FaultKind.CONSISTENCY_LAG))
          .isPositive();
    }
  }

  @Test
  void aThrottlingStormSlowsTheClientWithoutFailingIt() {
    // EC2's buckets at a fifth of what the client assumes: the client meets throttling and backs off.
    try (FakeEc2 world = FakeEc2.builder().faults(FaultPlan.builder()
            .throttling(RateLimits.ec2Defaults().share(0.2)).build()).build();
         AmiClient amis = world.clientBuilder().build()) {
      List<ImageId> images = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        images.add(register(amis, world, "storm-" + i).id());
      }
      for (int i = 0; i < 120; i++) {
        amis.tags(images.get(i % 3)).add("round", Integer.toString(i)).apply();
      }
      FaultStats stats = world.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow();
      assertThat(stats.throttledAnswers()).isPositive();
      assertThat(world.tagsOf(EAST, images.get(0).value())).containsEntry("round", "117");
      assertThat(world.tagsOf(EAST, images.get(2).value())).containsEntry("round", "119");
    }
  }

  @Test
  void randomServerErrorsAreRetriedUntilTheWorkIsDone() {
    try (FakeEc2 world = FakeEc2.builder().faults(FaultPlan.builder().seed(11)
            .probability(FaultKind.INTERNAL_ERROR, 0.2).probability(FaultKind.UNAVAILABLE, 0.1).build()).build();
         AmiClient amis = world.clientBuilder().build()) {
      for (int i = 0; i < 20; i++) {
        assertThat(register(amis, world, "flaky-" + i)).isAvailable();
      }
      for (int i = 0; i < 20; i++) {
        assertThat(named(world, "flaky-" + i)).isEqualTo(1);
      }
      FaultStats stats = world.faultStats(FakeEc2.DEFAULT_ACCOUNT).orElseThrow();
      assertThat(stats.injected(FaultKind.INTERNAL_ERROR) + stats.injected(FaultKind.UNAVAILABLE)).isPositive();
    }
  }
}
