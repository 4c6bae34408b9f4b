package io.ami4j.testkit.bulk;

import static io.ami4j.testkit.bulk.BulkWorld.EAST;
import static io.ami4j.testkit.bulk.BulkWorld.ME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
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
import io.ami4j.testkit.MutationLog;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cleanup by policy on the in-memory world: every reason an image stays, a plan that changes
 * nothing, and an execution whose report agrees with the world image by image and snapshot by
 * snapshot.
 */
class CleanupPolicyTest {
  private BulkWorld w;
  private FaultingProvider provider;
  private AmiClient amis;
  private final Map<String, ImageId> ids = new HashMap<>();
  private final Call east = Call.in(EAST);

  @BeforeEach
  void world() {
    w = new BulkWorld();
    provider = w.provider(ME, FaultPlan.none());
    amis = w.client(provider);
    for (String n : List.of("web-2026-10-01", "web-2026-10-02", "web-2026-10-03", "web-2026-10-04",
        "web-2026-10-05", "web-2026-10-06", "api-2026-10-01", "api-2026-10-02", "db-2026-10-01")) {
      ids.put(n, w.image(n));
    }
    // web-2026-10-07 shares a snapshot with web-2026-10-03, which a launch template keeps.
    SnapshotId shared = w.world.image(EAST, ids.get("web-2026-10-03")).orElseThrow().snapshotIds().get(0);
    ids.put("web-2026-10-07", w.imageOf(ME, EAST, "web-2026-10-07",
        List.of(shared, w.world.createSnapshot(ME, EAST, 8)), Map.of()));
    launch(ids.get("web-2026-10-02"), null);                       // running
    w.world.createLaunchTemplate(ME, EAST, ids.get("web-2026-10-03"));
    provider.enableDeregistrationProtection(east, ids.get("web-2026-10-04"), false);
    launch(ids.get("web-2026-10-06"), "true");                     // stops itself when its user data ends
    w.advance(Duration.ofDays(30));
    String launched = launch(ids.get("web-2026-10-05"), null);
    provider.terminateInstances(east, List.of(io.ami4j.model.InstanceId.of(launched)));
    w.advance(Duration.ofDays(1));
    ids.put("web-2026-12-26", w.image("web-2026-12-26"));
    ids.put("web-2026-12-27", w.image("web-2026-12-27"));
    // Registered last and not yet available.
    ids.put("web-2026-12-28", provider.registerImage(east, io.ami4j.spi.RegisterImageRequest.builder()
        .name("web-2026-12-28").imageLocation("bucket/web.manifest.xml").build()));
  }

  @AfterEach
  void close() {
    w.close();
  }

  private String launch(ImageId image, String userData) {
    RunInstancesRequest.Builder b = RunInstancesRequest.builder().imageId(image).instanceType("t3.micro");
    if (userData != null) {
      b.userData(userData);
    }
    String id = provider.runInstances(east, b.build()).get(0).id().value();
    w.advance(Duration.ofMinutes(10));
    return id;
  }

  private CleanupPlan plan() {
    return amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("web-*", "api-*"))
        .groupByNamePrefix().keepLatest(1).keepYoungerThan(Duration.ofDays(7))
        .keepLaunchedWithin(Duration.ofDays(3)).plan();
  }

  private static Map<String, CleanupReason> reasons(CleanupPlan plan) {
    return plan.entries().stream().collect(Collectors.toMap(e -> e.image().name(), CleanupPlan.Entry::reason));
  }

  @Test
  void everyImageHasTheReasonItStaysOrGoes() {
    CleanupPlan plan = plan();

    assertThat(reasons(plan)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("web-2026-10-01", CleanupReason.MATCHES_POLICY),
        Map.entry("web-2026-10-02", CleanupReason.IN_USE),
        Map.entry("web-2026-10-03", CleanupReason.IN_USE),
        Map.entry("web-2026-10-04", CleanupReason.PROTECTED),
        Map.entry("web-2026-10-05", CleanupReason.LAUNCHED_RECENTLY),
        Map.entry("web-2026-10-06", CleanupReason.IN_USE),
        Map.entry("web-2026-10-07", CleanupReason.MATCHES_POLICY),
        Map.entry("api-2026-10-01", CleanupReason.MATCHES_POLICY),
        Map.entry("api-2026-10-02", CleanupReason.AMONG_LATEST),
        Map.entry("web-2026-12-27", CleanupReason.AMONG_LATEST),
        Map.entry("web-2026-12-26", CleanupReason.YOUNGER_THAN),
        Map.entry("web-2026-12-28", CleanupReason.NOT_SETTLED)));
    Map<String, String> detail = plan.entries().stream()
        .collect(Collectors.toMap(e -> e.image().name(), CleanupPlan.Entry::detail));
    assertThat(detail.get("web-2026-10-02")).contains("ec2:Instance");
    assertThat(detail.get("web-2026-10-03")).contains("launch-template");
    assertThat(detail.get("web-2026-10-06")).contains("stopped");
    assertThat(plan.entries()).allSatisfy(e -> assertThat(e.group()).isIn("web", "api"));
    assertThat(plan.snapshotsToDelete()).hasSize(6);
  }

  @Test
  void planningChangesNothing() {
    MutationLog log = w.world.mutations();
    int mark = log.size();

    CleanupPlan plan = plan();
    String table = plan.toTable();
    String json = plan.toJson();

    assertThat(log.since(mark)).isEmpty();
    assertThat(table).contains("DEREGISTER", "web-2026-10-01", "in-use", "protected", "launched-recently",
        "not-settled", "among-latest", "younger-than", "3 to deregister, 9 kept");
    assertThat(json).startsWith("{").contains("\"toDeregister\": 3", "\"reason\": \"in-use\"",
        "\"imageId\": \"" + ids.get("web-2026-10-01").value() + "\"");
    assertThat(json.split("\"imageId\"", -1)).hasSize(plan.entries().size() + 1);
  }

  @Test
  void executionDeregistersTheImagesAndReportsEachSnapshotAsTheWorldHasIt() {
    CleanupPlan plan = plan();
    int mark = w.world.mutations().size();

    CleanupResult report = plan.submit().await();

    Set<ImageId> gone = report.deregistered().stream().map(CleanupResult.ImageResult::imageId).collect(Collectors.toSet());
    assertThat(gone).containsExactlyInAnyOrder(ids.get("web-2026-10-01"), ids.get("web-2026-10-07"),
        ids.get("api-2026-10-01"));
    assertThat(report.complete()).isTrue();
    assertThat(report.kept()).hasSize(9);
    Map<ImageId, ImageState> states = w.world.allImages(EAST).stream()
        .collect(Collectors.toMap(Image::id, Image::state));
    ids.values().forEach(id -> assertThat(states.get(id))
        .as("state of %s", id)
        .satisfies(s -> assertThat(s == ImageState.DEREGISTERED).isEqualTo(gone.contains(id))));
    Set<SnapshotId> left = w.world.allSnapshots(EAST).stream().map(Snapshot::id).collect(Collectors.toSet());
    Function<CleanupResult.SnapshotOutcome, List<SnapshotId>> with = o -> report.snapshots().stream()
        .filter(s -> s.outcome() == o).map(CleanupResult.SnapshotResult::snapshotId).collect(Collectors.toList());
    assertThat(with.apply(CleanupResult.SnapshotOutcome.DELETED)).hasSize(5).noneMatch(left::contains);
    SnapshotId shared = w.world.image(EAST, ids.get("web-2026-10-03")).orElseThrow().snapshotIds().get(0);
    assertThat(with.apply(CleanupResult.SnapshotOutcome.SKIPPED)).containsExactly(shared);
    assertThat(left).contains(shared);
    assertThat(w.world.mutations().since(mark)).extracting(MutationLog.Entry::action)
        .containsOnly("DeregisterImage", "DeleteSnapshot").hasSize(8);
    assertThat(report.toTable()).contains("deregistered", "skipped", "deleted");
    assertThat(report.toJson()).contains("\"deregistered\": 3", "\"snapshotsDeleted\": 5");
  }

  @Test
  void keepingSnapshotsDeregistersOnlyTheImages() {
    CleanupResult report = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("api-*"))
        .keepLatest(1).keepSnapshots().plan().submit().await();

    assertThat(report.deregistered()).extracting(CleanupResult.ImageResult::imageId)
        .containsExactly(ids.get("api-2026-10-01"));
    List<SnapshotId> kept = w.world.image(EAST, ids.get("api-2026-10-01")).orElseThrow().snapshotIds();
    assertThat(report.snapshots()).extracting(CleanupResult.SnapshotResult::outcome)
        .containsOnly(CleanupResult.SnapshotOutcome.KEPT);
    assertThat(w.world.allSnapshots(EAST)).extracting(Snapshot::id).containsAll(kept);
  }

  @Test
  void groupingByTagKeepsTheNewestOfEachTagValue() {
    ImageId a1 = w.image(ME, EAST, "tagged-a1", 1, Map.of("app", "a"));
    ImageId a2 = w.image(ME, EAST, "tagged-a2", 1, Map.of("app", "a"));
    ImageId b1 = w.image(ME, EAST, "tagged-b1", 1, Map.of("app", "b"));

    CleanupPlan plan = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("tagged-*"))
        .groupByTag("app").keepLatest(1).plan();

    assertThat(plan.toDeregister()).extracting(CleanupPlan.Entry::imageId).containsExactly(a1);
    assertThat(plan.kept()).extracting(CleanupPlan.Entry::imageId).containsExactlyInAnyOrder(a2, b1);
  }

  @Test
  void aQueryWithoutTheAccountAsOwnerIsRefusedBeforeAnyCall() {
    long before = provider.stats().totalCalls();
    assertThatThrownBy(() -> amis.cleanup().matching(q -> q.named("web-*")).keepLatest(1).plan())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("Owner.SELF");
    assertThatThrownBy(() -> amis.cleanup().matching(q -> q.ownedBy(Owner.AMAZON)).plan())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("own images");
    assertThat(provider.stats().totalCalls()).isEqualTo(before);

    assertThatThrownBy(() -> amis.cleanup().matching(q -> q.ownedBy(Owner.account(BulkWorld.OTHER))).plan())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("not the caller's account");
  }
}
