package io.ami4j.testkit.bulk;

import static io.ami4j.testkit.bulk.BulkWorld.EAST;
import static io.ami4j.testkit.bulk.BulkWorld.ME;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupReason;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Call;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cleanup plan is made on the facts of its time; by the time it runs, an image may be in use,
 * protected or launched from a launch template. The plan's execution asks again, right before
 * deregistering, and keeps what is now kept — and the world shows it kept, with its snapshots.
 */
class CleanupRecheckTest {
  private BulkWorld w;
  private FaultingProvider provider;
  private AmiClient amis;
  private final Map<String, ImageId> ids = new LinkedHashMap<>();
  private final Call east = Call.in(EAST);

  @BeforeEach
  void world() {
    w = new BulkWorld();
    provider = w.provider(ME, FaultPlan.none());
    amis = w.client(provider);
    for (int day = 1; day <= 5; day++) {
      String name = "app-2026-10-0" + day;
      ids.put(name, w.image(name));
    }
    w.advance(Duration.ofDays(30));
  }

  @AfterEach
  void close() {
    w.close();
  }

  private CleanupPlan plan() {
    return amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("app-*")).groupByNamePrefix().keepLatest(1)
        .deleteSnapshots().plan();
  }

  private CleanupResult.ImageResult result(CleanupResult r, String name) {
    return r.images().stream().filter(i -> i.imageId().equals(ids.get(name))).findFirst().orElseThrow();
  }

  private ImageState stateOf(String name) {
    return w.world.image(EAST, ids.get(name)).map(Image::state).orElse(ImageState.DEREGISTERED);
  }

  private boolean snapshotsExist(String name) {
    Set<SnapshotId> left = w.world.allSnapshots(EAST).stream().map(Snapshot::id).collect(Collectors.toSet());
    return left.containsAll(w.world.image(EAST, ids.get(name)).orElseThrow().snapshotIds());
  }

  @Test
  void whatChangedBetweenPlanAndExecuteIsDecidedAgain() {
    CleanupPlan plan = plan();
    assertThat(plan.toDeregister()).extracting(CleanupPlan.Entry::imageId).containsExactlyInAnyOrder(
        ids.get("app-2026-10-01"), ids.get("app-2026-10-02"), ids.get("app-2026-10-03"), ids.get("app-2026-10-04"));

    // After the plan: an instance is launched from one image, another is protected, a third is
    // named by a launch template.
    provider.runInstances(east, RunInstancesRequest.builder().imageId(ids.get("app-2026-10-01"))
        .instanceType("t3.micro").build());
    provider.enableDeregistrationProtection(east, ids.get("app-2026-10-02"), false);
    w.world.createLaunchTemplate(ME, EAST, ids.get("app-2026-10-03"));

    CleanupResult report = plan.submit().await();

    CleanupResult.ImageResult used = result(report, "app-2026-10-01");
    assertThat(used.outcome()).isEqualTo(CleanupResult.ImageOutcome.KEPT);
    assertThat(used.reason()).isEqualTo(CleanupReason.IN_USE);
    assertThat(used.detail()).contains("ec2:Instance");
    assertThat(result(report, "app-2026-10-02").reason()).isEqualTo(CleanupReason.PROTECTED);
    assertThat(result(report, "app-2026-10-02").outcome()).isEqualTo(CleanupResult.ImageOutcome.KEPT);
    assertThat(result(report, "app-2026-10-03").reason()).isEqualTo(CleanupReason.IN_USE);
    assertThat(result(report, "app-2026-10-04").outcome()).isEqualTo(CleanupResult.ImageOutcome.DEREGISTERED);
    assertThat(report.kept()).extracting(CleanupResult.ImageResult::imageId).contains(ids.get("app-2026-10-01"),
        ids.get("app-2026-10-02"), ids.get("app-2026-10-03"), ids.get("app-2026-10-05"));

    // The world agrees: what the report keeps is registered with its snapshots.
    for (String kept : List.of("app-2026-10-01", "app-2026-10-02", "app-2026-10-03", "app-2026-10-05")) {
      assertThat(stateOf(kept)).as(kept).isEqualTo(ImageState.AVAILABLE);
      assertThat(snapshotsExist(kept)).as(kept + "'s snapshots").isTrue();
    }
    assertThat(stateOf("app-2026-10-04")).isEqualTo(ImageState.DEREGISTERED);
  }

  @Test
  void anUnchangedPlanRunsAsPlannedWithOneBatchOfChecks() {
    CleanupPlan plan = plan();
    long describesBefore = provider.stats().calls(io.ami4j.spi.Ec2Action.DESCRIBE_IMAGE_REFERENCES);

    CleanupResult report = plan.submit().await();

    assertThat(report.deregistered()).hasSize(4);
    assertThat(report.kept()).extracting(CleanupResult.ImageResult::imageId).containsExactly(ids.get("app-2026-10-05"));
    // The re-check asks about all four images in one DescribeImageReferences call, not one per image.
    assertThat(provider.stats().calls(io.ami4j.spi.Ec2Action.DESCRIBE_IMAGE_REFERENCES) - describesBefore)
        .isEqualTo(1);
  }

  @Test
  void whenTheCheckAgainCannotBeMadeNothingIsDeregistered() {
    CleanupPlan plan = plan();
    AmiClient impatient = w.client(provider, io.ami4j.spi.RateLimits.ec2Defaults(),
        b -> b.retryPolicy(r -> r.maxAttempts(2).seed(1)));
    CleanupPlan samePlan = impatient.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("app-*"))
        .groupByNamePrefix().keepLatest(1).plan();
    provider.failNext(io.ami4j.spi.Ec2Action.DESCRIBE_IMAGE_REFERENCES, io.ami4j.testkit.fault.FaultKind.UNAVAILABLE,
        io.ami4j.testkit.fault.FaultKind.UNAVAILABLE);

    CleanupResult report = samePlan.submit().await();

    assertThat(report.notDone()).hasSize(4).allSatisfy(r -> assertThat(r.detail()).contains("checking its usage again"));
    assertThat(report.deregistered()).isEmpty();
    for (String name : ids.keySet()) {
      assertThat(stateOf(name)).as(name).isEqualTo(ImageState.AVAILABLE);
    }
    assertThat(plan.toDeregister()).hasSize(4);
  }

  @Test
  void manyImagesAreCheckedInGrowingBatchesEachBeforeItsOwnDeregistrationsAndAfterTheBatchBefore() {
    List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    io.ami4j.spi.AmiProvider recording = (io.ami4j.spi.AmiProvider) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {io.ami4j.spi.AmiProvider.class}, (proxy, method, args) -> {
          if (method.getName().equals("describeImageReferences")) {
            log.add("check " + ((List<?>) args[1]).stream().map(Object::toString).collect(Collectors.joining(",")));
          } else if (method.getName().equals("deregisterImage")) {
            log.add("deregister " + args[1]);
          }
          try {
            return method.invoke(provider, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    List<ImageId> many = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add(w.image(String.format("many-%03d", i)));
      w.advance(Duration.ofSeconds(1));
    }
    CleanupPlan plan = w.client(recording).cleanup().matching(q -> q.ownedBy(Owner.SELF).named("many-*"))
        .deleteSnapshots().plan();
    assertThat(plan.toDeregister()).hasSize(300);
    // After the plan, an instance is launched from an image of the last batch.
    ImageId late = many.get(290);
    provider.runInstances(east, RunInstancesRequest.builder().imageId(late).instanceType("t3.micro").build());
    log.clear();

    CleanupResult report = plan.submit().await();

    List<String> checks = log.stream().filter(l -> l.startsWith("check ")).collect(Collectors.toList());
    assertThat(checks).extracting(l -> l.split(",").length).containsExactly(50, 100, 150);
    // A batch is checked only once the batch two before it has settled: the third check comes
    // after the first batch's 50 DeregisterImage calls, not before all of them.
    long deregisteredBeforeLastCheck = log.subList(0, log.indexOf(checks.get(2))).stream()
        .filter(l -> l.startsWith("deregister ")).count();
    assertThat(deregisteredBeforeLastCheck).isGreaterThanOrEqualTo(50);
    // Oldest first, batch by batch: each image's check comes before its DeregisterImage.
    for (int i = 0; i < many.size(); i++) {
      String id = many.get(i).value();
      int checked = -1;
      for (int n = 0; n < log.size() && checked < 0; n++) {
        if (log.get(n).startsWith("check ") && List.of(log.get(n).substring(6).split(",")).contains(id)) {
          checked = n;
        }
      }
      assertThat(checked).as(id + " checked").isNotNegative();
      int deregistered = log.indexOf("deregister " + id);
      if (many.get(i).equals(late)) {
        assertThat(deregistered).as(id + " deregistered").isNegative();
      } else {
        assertThat(deregistered).as(id + " deregistered after its check").isGreaterThan(checked);
      }
    }
    assertThat(report.deregistered()).hasSize(299);
    CleanupResult.ImageResult used = report.kept().stream().filter(r -> r.imageId().equals(late)).findFirst()
        .orElseThrow();
    assertThat(used.reason()).isEqualTo(CleanupReason.IN_USE);
    assertThat(w.world.image(EAST, late).map(Image::state)).contains(ImageState.AVAILABLE);
  }
}
