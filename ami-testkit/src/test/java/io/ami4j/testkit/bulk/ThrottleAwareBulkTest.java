package io.ami4j.testkit.bulk;

import static io.ami4j.testkit.bulk.BulkWorld.EAST;
import static io.ami4j.testkit.bulk.BulkWorld.ME;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.model.Image;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle-aware bulk scheduler against EC2's own buckets on virtual time: 300 deregistrations
 * run at the DeregisterImage bucket's refill rate without one throttled answer; when the service's
 * bucket is smaller than the client believes (other tools share it), the client backs off and
 * still finishes everything; and at the deadline it stops and reports exactly what was not done.
 */
class ThrottleAwareBulkTest {
  private static final int IMAGES = 300;
  private BulkWorld w;

  @BeforeEach
  void world() {
    w = new BulkWorld(Timing.builder().registerImage(Duration.ZERO).build());
    for (int i = 0; i < IMAGES; i++) {
      w.image(ME, EAST, String.format("bulk-%03d", i), 1, Map.of());
      w.advance(Duration.ofSeconds(1));
    }
  }

  @AfterEach
  void close() {
    w.close();
  }

  private CleanupPlan plan(AmiClient amis, Duration deadline) {
    return amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("bulk-*")).deadline(deadline).plan();
  }

  @Test
  void bulkWorkRunsAtTheBucketsRefillRateWithoutBeingThrottled() {
    FaultingProvider ec2 = w.provider(ME, FaultPlan.builder().ec2Throttling().build());
    AmiClient amis = w.client(ec2);
    CleanupPlan plan = plan(amis, Duration.ofHours(1));
    Instant start = w.world.clock().instant();

    CleanupResult report = plan.submit().await();

    Duration took = Duration.between(start, w.world.clock().instant());
    assertThat(report.deregistered()).hasSize(IMAGES);
    assertThat(ec2.stats().throttledAnswers()).isZero();
    assertThat(ec2.stats().calls(Ec2Action.DEREGISTER_IMAGE)).isEqualTo(IMAGES);
    // EC2's bound is (300 - 100) / 5 = 40 s; bulk work leaves 10 tokens in reserve: 2 s more.
    assertThat(took).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(43));
  }

  @Test
  void whenTheServiceStillThrottlesTheClientBacksOffAndFinishes() {
    // The service grants half of what the client believes it may use.
    FaultingProvider ec2 = w.provider(ME, FaultPlan.builder().throttling(RateLimits.ec2Defaults().share(0.5)).build());
    AmiClient amis = w.client(ec2);

    CleanupResult report = plan(amis, Duration.ofHours(1)).submit().await();

    assertThat(report.complete()).isTrue();
    assertThat(report.deregistered()).hasSize(IMAGES);
    assertThat(ec2.stats().throttledAnswers()).isPositive()
        .as("throttled answers: the client slowed down rather than hammering")
        .isLessThan(IMAGES / 2);
    assertThat(w.world.allImages(EAST).stream().filter(i -> i.name().startsWith("bulk-"))
        .map(Image::state)).containsOnly(ImageState.DEREGISTERED);
  }

  @Test
  void atTheDeadlineItStopsAndReportsWhatWasNotDone() {
    FaultingProvider ec2 = w.provider(ME, FaultPlan.builder().ec2Throttling().build());
    AmiClient amis = w.client(ec2);

    CleanupResult report = plan(amis, Duration.ofSeconds(10)).submit().await();

    assertThat(report.deregistered()).hasSizeBetween(130, 160);
    assertThat(report.notDone()).hasSize(IMAGES - report.deregistered().size());
    assertThat(report.notDone()).allSatisfy(r -> assertThat(r.snapshots()).allSatisfy(
        s -> assertThat(s.outcome()).isEqualTo(CleanupResult.SnapshotOutcome.NOT_DONE)));
    assertThat(report.complete()).isFalse();
    Map<String, ImageState> states = w.world.allImages(EAST).stream()
        .collect(Collectors.toMap(i -> i.id().value(), Image::state));
    Set<String> notDone = report.notDone().stream().map(r -> r.imageId().value()).collect(Collectors.toSet());
    notDone.forEach(id -> assertThat(states.get(id)).isEqualTo(ImageState.AVAILABLE));
    report.deregistered().forEach(r -> assertThat(states.get(r.imageId().value())).isEqualTo(ImageState.DEREGISTERED));
    assertThat(ec2.stats().calls(Ec2Action.DEREGISTER_IMAGE)).isEqualTo(report.deregistered().size());
    // The oldest went first: what the deadline left undone is the newest.
    String newestDone = report.deregistered().stream().map(r -> r.name()).max(String::compareTo).orElseThrow();
    String oldestLeft = report.notDone().stream().map(r -> r.name()).min(String::compareTo).orElseThrow();
    assertThat(newestDone).isLessThan(oldestLeft);
  }
}
