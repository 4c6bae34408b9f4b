package io.ami4j.testkit.fault;

import static io.ami4j.testkit.fault.Requests.CALL;
import static io.ami4j.testkit.fault.Requests.IMAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiBackendException;
import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiThrottledException;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.LaunchPermission;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import io.ami4j.testkit.time.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultingProviderFaultsTest {
  private final VirtualClock clock = VirtualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  private final RecordingProvider backend = new RecordingProvider();

  private FaultingProvider faulting(FaultPlan plan) {
    return FaultingProvider.wrap(backend.provider(), plan, clock);
  }

  private void describe(FaultingProvider provider) {
    provider.describeImages(CALL, ImageQuery.all(), PageRequest.first());
  }

  @Test
  void theThirdDescribeImagesAnswers503() {
    FaultingProvider provider = faulting(FaultPlan.builder()
        .failCall(Ec2Action.DESCRIBE_IMAGES, 3, FaultKind.UNAVAILABLE).build());

    describe(provider);
    describe(provider);
    AmiBackendException third = catchThrowableOfType(AmiBackendException.class, () -> describe(provider));
    describe(provider);

    assertThat(third.errorCode()).isEqualTo("Unavailable");
    assertThat(third.retryable()).isTrue();
    assertThat(backend.count("describeImages")).isEqualTo(3);
    assertThat(provider.stats().injected(FaultKind.UNAVAILABLE)).isEqualTo(1);
  }

  @Test
  void theNextCreateImageAnswersInternalErrorScriptedAtRunTime() {
    FaultingProvider provider = faulting(FaultPlan.none());
    provider.createImage(CALL, Requests.create());

    provider.failNext(Ec2Action.CREATE_IMAGE, FaultKind.INTERNAL_ERROR);

    assertThatThrownBy(() -> provider.createImage(CALL, Requests.create()))
        .isInstanceOfSatisfying(AmiBackendException.class, e -> assertThat(e.errorCode()).isEqualTo("InternalError"));
    provider.createImage(CALL, Requests.create());
    assertThat(backend.count("createImage")).isEqualTo(2);
    assertThat(provider.stats().injected(FaultKind.INTERNAL_ERROR)).isEqualTo(1);
  }

  @Test
  void thePlansFirstCallsFailInOrder() {
    FaultingProvider provider = faulting(FaultPlan.builder()
        .failNext(Ec2Action.DEREGISTER_IMAGE, FaultKind.THROTTLING, FaultKind.INTERNAL_ERROR).build());

    assertThatThrownBy(() -> provider.deregisterImage(CALL, IMAGE, true)).isInstanceOf(AmiThrottledException.class);
    assertThatThrownBy(() -> provider.deregisterImage(CALL, IMAGE, true))
        .isInstanceOfSatisfying(AmiBackendException.class, e -> assertThat(e.errorCode()).isEqualTo("InternalError"));
    assertThat(provider.deregisterImage(CALL, IMAGE, true).imageId()).isEqualTo(IMAGE);

    assertThat(provider.stats().throttledAnswers()).isEqualTo(1);
    assertThat(provider.stats().injected(FaultKind.THROTTLING)).isEqualTo(1);
    assertThat(provider.stats().injectedFaults()).isEqualTo(2);
  }

  @Test
  void lostAnswerAppliesTheCallButFailsRetryably() {
    FaultingProvider provider = faulting(FaultPlan.builder()
        .failNext(Ec2Action.MODIFY_IMAGE_ATTRIBUTE, FaultKind.LOST_ANSWER).build());

    assertThatThrownBy(() -> provider.modifyLaunchPermissions(CALL, IMAGE,
        List.of(LaunchPermission.account("123456789012")), List.of()))
        .isInstanceOfSatisfying(AmiBackendException.class, e -> {
          assertThat(e.retryable()).isTrue();
          assertThat(e.getMessage()).contains("ModifyImageAttribute", "answer was lost");
        });

    assertThat(backend.calls).containsExactly("modifyLaunchPermissions");
    assertThat(provider.stats().injected(FaultKind.LOST_ANSWER)).isEqualTo(1);
  }

  @Test
  void lostAnswerOfACreateLeavesTheImageCreated() {
    FaultingProvider provider = faulting(FaultPlan.builder()
        .failNext(Ec2Action.CREATE_IMAGE, FaultKind.LOST_ANSWER).build());

    assertThatThrownBy(() -> provider.createImage(CALL, Requests.create())).isInstanceOf(AmiBackendException.class);

    assertThat(backend.count("createImage")).isEqualTo(1);
  }

  @Test
  void seededRandomFaultsRepeatForTheSameSeed() {
    List<Integer> first = failingCalls(7L);
    List<Integer> again = failingCalls(7L);
    List<Integer> other = failingCalls(8L);

    assertThat(first).isEqualTo(again);
    assertThat(first).isNotEqualTo(other);
    // 20 % of 1,000 calls; a seeded draw stays well inside these bounds.
    assertThat(first.size()).isBetween(150, 250);
  }

  private List<Integer> failingCalls(long seed) {
    FaultingProvider provider = FaultingProvider.wrap(new RecordingProvider().provider(),
        FaultPlan.builder().seed(seed).probability(FaultKind.INTERNAL_ERROR, 0.2).build(), clock);
    List<Integer> failed = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      try {
        provider.describeImages(CALL, ImageQuery.all(), PageRequest.first());
      } catch (AmiBackendException e) {
        failed.add(i);
      }
    }
    assertThat(provider.stats().injected(FaultKind.INTERNAL_ERROR)).isEqualTo(failed.size());
    return failed;
  }

  @Test
  void randomFaultsOfEachKindAnswerTheirCode() {
    FaultingProvider provider = faulting(FaultPlan.builder().seed(1)
        .probability(FaultKind.INTERNAL_ERROR, 0.25).probability(FaultKind.UNAVAILABLE, 0.25)
        .probability(FaultKind.THROTTLING, 0.25).probability(FaultKind.LOST_ANSWER, 0.25).build());
    List<String> codes = new ArrayList<>();

    for (int i = 0; i < 400; i++) {
      try {
        provider.deleteSnapshot(CALL, Requests.SNAPSHOT);
        codes.add("none");
      } catch (AmiException e) {
        codes.add(e.errorCode());
      }
    }

    assertThat(codes).doesNotContain("none")
        .contains("InternalError", "Unavailable", "RequestLimitExceeded", "ami4j.ConnectionLost");
    long lost = codes.stream().filter("ami4j.ConnectionLost"::equals).count();
    assertThat(backend.count("deleteSnapshot")).isEqualTo(lost);
    assertThat(provider.stats().throttledAnswers()).isEqualTo(provider.stats().injected(FaultKind.THROTTLING));
    assertThat(provider.stats().injectedFaults()).isEqualTo(400);
  }

  @Test
  void newImageIsInvisibleByIdDuringItsLagWindow() {
    FaultingProvider provider = faulting(FaultPlan.builder()
        .consistencyLag(Duration.ofSeconds(10), Duration.ofSeconds(10)).build());
    ImageId created = provider.createImage(CALL, Requests.create());

    assertThatThrownBy(() -> provider.describeImages(CALL, ImageQuery.byIds(List.of(created)), PageRequest.first()))
        .isInstanceOfSatisfying(AmiNotFoundException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("InvalidAMIID.NotFound");
          assertThat(e.getMessage()).contains(created.value());
        });
    assertThatThrownBy(() -> provider.createTags(CALL, List.of(created), Map.of("env", "prod")))
        .isInstanceOf(AmiNotFoundException.class);
    assertThatThrownBy(() -> provider.modifyImageDescription(CALL, created, "web"))
        .isInstanceOf(AmiNotFoundException.class);
    assertThatThrownBy(() -> provider.runInstances(CALL, Requests.run(created)))
        .isInstanceOf(AmiNotFoundException.class);
    // Listings and other images are not affected.
    describe(provider);
    provider.createTags(CALL, List.of(IMAGE), Map.of("env", "prod"));

    clock.advance(Duration.ofSeconds(10));

    provider.describeImages(CALL, ImageQuery.byIds(List.of(created)), PageRequest.first());
    provider.createTags(CALL, List.of(created), Map.of("env", "prod"));
    assertThat(backend.calls).containsExactly("createImage", "describeImages", "createTags",
        "describeImages", "createTags");
    assertThat(provider.stats().injected(FaultKind.CONSISTENCY_LAG)).isEqualTo(4);
  }

  @Test
  void copiedAndRegisteredImagesLagToo() {
    FaultingProvider provider = faulting(FaultPlan.builder()
        .consistencyLag(Duration.ofSeconds(1), Duration.ofSeconds(1)).build());
    ImageId copied = provider.copyImage(CALL, Requests.copy());
    ImageId registered = provider.registerImage(CALL, Requests.register());

    assertThatThrownBy(() -> provider.enableImageDeprecation(CALL, copied, clock.instant().plusSeconds(3600)))
        .isInstanceOf(AmiNotFoundException.class);
    assertThatThrownBy(() -> provider.deregisterImage(CALL, registered, true))
        .isInstanceOf(AmiNotFoundException.class);
  }

  @Test
  void lagWindowsAreDrawnWithinTheirBounds() {
    FaultingProvider provider = faulting(FaultPlan.builder().seed(3)
        .consistencyLag(Duration.ofSeconds(2), Duration.ofSeconds(6)).build());
    List<ImageId> created = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      created.add(provider.createImage(CALL, Requests.create()));
    }

    clock.advance(Duration.ofMillis(1_999));
    assertThat(visible(provider, created)).isZero();
    clock.advance(Duration.ofMillis(2_000));
    assertThat(visible(provider, created)).isBetween(1, 49);
    clock.advance(Duration.ofMillis(2_001));
    assertThat(visible(provider, created)).isEqualTo(50);
  }

  private static int visible(FaultingProvider provider, List<ImageId> ids) {
    int visible = 0;
    for (ImageId id : ids) {
      try {
        provider.describeLaunchPermissions(CALL, id);
        visible++;
      } catch (AmiNotFoundException e) {
        // still lagging
      }
    }
    return visible;
  }

  @Test
  void lagProbabilityPicksWhichImagesLag() {
    FaultingProvider provider = faulting(FaultPlan.builder().seed(11)
        .probability(FaultKind.CONSISTENCY_LAG, 0.5)
        .consistencyLag(Duration.ofSeconds(5), Duration.ofSeconds(5)).build());
    List<ImageId> created = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      created.add(provider.createImage(CALL, Requests.create()));
    }

    assertThat(visible(provider, created)).isBetween(30, 70);
  }

  @Test
  void scriptedConsistencyLagAnswersNotFound() {
    FaultingProvider provider = faulting(FaultPlan.builder()
        .failNext(Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE, FaultKind.CONSISTENCY_LAG).build());

    assertThatThrownBy(() -> provider.describeLaunchPermissions(CALL, IMAGE))
        .isInstanceOfSatisfying(AmiNotFoundException.class, e -> assertThat(e.getMessage()).contains(IMAGE.value()));
    assertThat(backend.calls).isEmpty();
  }

  @Test
  void latencyAppliesOnlyOnTheSystemClock() {
    assertThat(RealLatency.appliesTo(Clock.systemUTC())).isTrue();
    assertThat(RealLatency.appliesTo(Clock.systemDefaultZone())).isTrue();
    assertThat(RealLatency.appliesTo(clock)).isFalse();
    assertThat(RealLatency.appliesTo(Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC))).isFalse();
  }

  @Test
  void latencyOnAVirtualClockNeitherSleepsNorMovesTime() {
    FaultingProvider provider = faulting(FaultPlan.builder()
        .latency(Duration.ofHours(1), Duration.ofHours(2)).build());

    describe(provider);

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(backend.count("describeImages")).isEqualTo(1);
  }

  @Test
  void latencyOnTheSystemClockStillPassesTheCall() {
    FaultingProvider provider = FaultingProvider.wrap(backend.provider(), FaultPlan.builder()
        .latency(Duration.ofMillis(1), Duration.ofMillis(2)).build(), Clock.systemUTC());

    describe(provider);

    assertThat(backend.count("describeImages")).isEqualTo(1);
  }

  @Test
  void closeClosesTheDelegate() {
    FaultingProvider provider = faulting(FaultPlan.none());

    provider.close();

    assertThat(backend.closed).isTrue();
    assertThat(provider.id()).isEqualTo("recording");
  }
}
