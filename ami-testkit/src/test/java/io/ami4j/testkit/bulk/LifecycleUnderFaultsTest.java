package io.ami4j.testkit.bulk;

import static io.ami4j.testkit.bulk.BulkWorld.EAST;
import static io.ami4j.testkit.bulk.BulkWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.DeregistrationResult;
import io.ami4j.LaunchedInstance;
import io.ami4j.SharingResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.RateLimits;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 1,000 lifecycle flows — create, copy, share, launch, deregister, cleanup — on the in-memory world
 * on virtual time, with a fifth of all calls faulted (throttling, 500, 503, lost answers after the
 * change was made) on top of EC2's own token buckets and eventual-consistency lag of new images.
 * Every outcome ami4j reports is then checked against the world's ground truth: no duplicate
 * image, no leaked or wrongly deleted snapshot, no lost operation, no image in use deregistered.
 *
 * <p>The flows run in ten waves of 100, each wave in an account of its own (its own buckets and
 * client), eight flows at a time: eight chains of flows, each one piece of blocking work on the
 * virtual scheduler. Seeded: the faults of one wave's account follow its seed, and the scheduler
 * runs the same work the same way every time, so two runs leave the same event log.
 */
class LifecycleUnderFaultsTest {
  private static final int WAVES = 10;
  private static final int FLOWS_PER_WAVE = 100;
  private static final int PARALLEL = 8;
  private static final List<AccountId> GRANTEES = List.of(AccountId.of("444444444444"),
      AccountId.of("555555555555"), AccountId.of("666666666665"));

  /** What a flow claims happened; checked against the world once all flows are done. */
  private final Map<String, Object> claims = new ConcurrentHashMap<>();

  private static FaultPlan faults(long seed) {
    return FaultPlan.builder().ec2Throttling().seed(seed)
        .probability(FaultKind.INTERNAL_ERROR, 0.05).probability(FaultKind.UNAVAILABLE, 0.05)
        .probability(FaultKind.THROTTLING, 0.05).probability(FaultKind.LOST_ANSWER, 0.05)
        .probability(FaultKind.CONSISTENCY_LAG, 0.3).consistencyLag(Duration.ZERO, Duration.ofSeconds(20))
        .build();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aThousandFlowsUnderFaultsLeaveTheWorldAsReported() throws Exception {
    runAll(true);
  }

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void twoRunsWithTheSameSeedsLeaveTheSameEventLog() throws Exception {
    List<String> first = runAll(false);
    claims.clear();
    List<String> second = runAll(false);

    assertThat(first).hasSizeGreaterThan(5_000);
    // Every change of the world, with its virtual time, account, region, action and ids, in order.
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i)).as("event %d", i).isEqualTo(first.get(i));
    }
    assertThat(second).hasSameSizeAs(first);
  }

  /** Runs every wave; answers the world's mutation log, one line per change. */
  private List<String> runAll(boolean check) throws Exception {
    Timing timing = Timing.builder().createImage(Duration.ofMinutes(2)).copyImage(Duration.ofMinutes(4))
        .registerImage(Duration.ofMinutes(1)).build();
    long faulted = 0;
    long calls = 0;
    try (BulkWorld w = new BulkWorld(timing)) {
      ImageId base = ImageId.of(w.world.provider().getParameter(Call.in(EAST),
          "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").orElseThrow().value());
      List<AccountId> accounts = new ArrayList<>();
      for (int wave = 0; wave < WAVES; wave++) {
        AccountId account = AccountId.of(String.format("7000000000%02d", wave));
        accounts.add(account);
        // The whole wave, set-up included, is the scheduler's work: nothing of it races the clock.
        int thisWave = wave;
        FaultingProvider provider = onScheduler(w, () -> runWave(w, account, base, thisWave));
        faulted += provider.stats().injectedFaults() + provider.stats().throttledAnswers();
        calls += provider.stats().totalCalls();
      }
      assertThat(claims).hasSize(WAVES * FLOWS_PER_WAVE);
      assertThat((double) faulted / calls).as("share of faulted calls").isGreaterThan(0.2);
      if (check) {
        for (AccountId a : accounts) {
          checkInvariants(w, a);
        }
        checkClaims(w);
      }
      return w.world.mutations().entries().stream().map(Object::toString).collect(Collectors.toList());
    }
  }

  /** Prepares a wave's account, then runs its flows in eight chains; answers its provider. */
  private FaultingProvider runWave(BulkWorld w, AccountId account, ImageId base, int wave) throws Exception {
    Map<Integer, Prepared> prepared = prepare(w, account, base, wave);
    FaultingProvider provider = w.provider(account, faults(1000L + wave));
    AmiClient amis = w.client(provider, RateLimits.ec2Defaults(), b -> b
        // Calls wait behind other flows on one virtual clock; a per-call deadline would measure that
        // crowd, not EC2, so it is as long as the flows' own.
        .retryPolicy(r -> r.maxAttempts(25).budget(1_000_000).callTimeout(Duration.ofHours(6)).seed(account.hashCode()))
        .waitPolicy(p -> p.timeout(Duration.ofHours(6))));
    List<CompletableFuture<Void>> chains = new ArrayList<>();
    for (int c = 0; c < PARALLEL; c++) {
      int chain = c;
      int firstFlow = wave * FLOWS_PER_WAVE;
      chains.add(start(w, () -> {
        for (int f = chain; f < FLOWS_PER_WAVE; f += PARALLEL) {
          run(amis, firstFlow + f, prepared.get(firstFlow + f));
        }
        return null;
      }));
    }
    for (CompletableFuture<Void> f : chains) {
      w.scheduler.awaitDone(f, null);
      f.get(); // a flow that failed fails the test with its own exception: no operation is lost
    }
    return provider;
  }

  /** Starts work as blocking work of the world's scheduler: counted, and run in queue order. */
  private static <T> CompletableFuture<T> start(BulkWorld w, java.util.concurrent.Callable<T> work) {
    CompletableFuture<T> done = new CompletableFuture<>();
    w.scheduler.blockingExecutor().execute(() -> {
      try {
        done.complete(work.call());
      } catch (Exception | Error e) {
        done.completeExceptionally(e);
      }
    });
    return done;
  }

  private static <T> T onScheduler(BulkWorld w, java.util.concurrent.Callable<T> work) throws Exception {
    CompletableFuture<T> done = start(w, work);
    w.scheduler.awaitDone(done, null);
    return done.get();
  }

  // ---- set-up, straight in the world: the flows' starting points --------------------------------

  /** What a flow starts from: an instance, or images with their snapshots. */
  private record Prepared(AccountId account, InstanceId instance, List<ImageId> images) {}

  private Map<Integer, Prepared> prepare(BulkWorld w, AccountId account, ImageId base, int wave) {
    AmiProvider p = w.world.provider(account);
    Call east = Call.in(EAST);
    Map<Integer, Prepared> out = new HashMap<>();
    for (int f = 0; f < FLOWS_PER_WAVE; f++) {
      int flow = wave * FLOWS_PER_WAVE + f;
      switch (flow % 6) {
        case 0:
          out.put(flow, new Prepared(account, p.runInstances(east, RunInstancesRequest.builder().imageId(base)
              .instanceType("t3.micro").build()).get(0).id(), List.of()));
          break;
        case 5:
          List<ImageId> group = new ArrayList<>();
          for (int d = 1; d <= 3; d++) {
            group.add(w.image(account, EAST, String.format("clean-%d-2026-10-%02d", flow, d), 2, Map.of()));
          }
          p.runInstances(east, RunInstancesRequest.builder().imageId(group.get(0)).instanceType("t3.micro").build());
          out.put(flow, new Prepared(account, null, group));
          break;
        default:
          out.put(flow, new Prepared(account, null, List.of(w.image(account, EAST, "flow-" + flow, 2, Map.of()))));
      }
    }
    w.advance(Duration.ofMinutes(10));
    return out;
  }

  // ---- the flows ---------------------------------------------------------------------------------

  private void run(AmiClient amis, int flow, Prepared p) {
    switch (flow % 6) {
      case 0: {
        Image made = amis.create().fromInstance(p.instance()).named("made-" + flow).noReboot().submit().await();
        claims.put("create:" + flow, List.of(p.account(), made.id(), "made-" + flow));
        break;
      }
      case 1: {
        Map<Region, Image> copies = amis.copy(p.images().get(0)).to(WEST).submit().await();
        claims.put("copy:" + flow, List.of(p.account(), p.images().get(0), copies.get(WEST).id()));
        break;
      }
      case 2: {
        SharingResult r = amis.sharing(p.images().get(0))
            .grant(GRANTEES.stream().map(LaunchPermission::account).toArray(LaunchPermission[]::new)).apply();
        claims.put("share:" + flow, List.of(p.account(), p.images().get(0), r.granted()));
        break;
      }
      case 3: {
        List<LaunchedInstance> launched = amis.launch(p.images().get(0)).instanceType("t3.micro").count(2)
            .submit().await();
        claims.put("launch:" + flow, List.of(p.account(), p.images().get(0),
            launched.stream().map(l -> l.instance().id()).collect(Collectors.toSet())));
        break;
      }
      case 4: {
        DeregistrationResult r = amis.deregister(p.images().get(0)).deleteSnapshots().onlyIfUnused().submit().await();
        claims.put("deregister:" + flow, List.of(p.account(), r));
        break;
      }
      default: {
        CleanupResult r = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("clean-" + flow + "-*"))
            .groupByNamePrefix().keepLatest(1).plan().submit().await();
        claims.put("cleanup:" + flow, List.of(p.account(), r, p.images()));
      }
    }
  }

  // ---- checks against the world ------------------------------------------------------------------

  private static void checkInvariants(BulkWorld w, AccountId account) {
    for (Region region : List.of(EAST, WEST)) {
      List<Image> mine = w.world.allImages(region).stream().filter(i -> i.ownerId().equals(account))
          .collect(Collectors.toList());
      List<Image> registered = mine.stream().filter(i -> i.state() != ImageState.DEREGISTERED)
          .collect(Collectors.toList());
      // No duplicate image: one image per name, and one copy per source.
      assertThat(registered.stream().map(Image::name).collect(Collectors.toList())).doesNotHaveDuplicates();
      assertThat(registered.stream().filter(i -> i.sourceImageId().isPresent())
          .map(i -> i.sourceImageId().get()).collect(Collectors.toList())).doesNotHaveDuplicates();
      assertThat(registered).allSatisfy(i -> assertThat(i.state()).isEqualTo(ImageState.AVAILABLE));
      // No wrongly deleted snapshot: every registered image still has its snapshots.
      Set<SnapshotId> snapshots = w.world.allSnapshots(region).stream().filter(s -> s.ownerId().equals(account))
          .map(Snapshot::id).collect(Collectors.toSet());
      Set<SnapshotId> used = new HashSet<>();
      registered.forEach(i -> used.addAll(i.snapshotIds()));
      assertThat(snapshots).as("snapshots of registered images in %s", region).containsAll(used);
      // No leaked snapshot: every snapshot of the account belongs to a registered image.
      assertThat(used).as("snapshots left without an image in %s", region).containsAll(snapshots);
      // No image in use deregistered.
      Set<ImageId> inUse = w.world.allInstances(region).stream()
          .filter(i -> i.state().isLive()).map(Instance::imageId)
          .collect(Collectors.toSet());
      mine.stream().filter(i -> i.state() == ImageState.DEREGISTERED)
          .forEach(i -> assertThat(inUse).as("live instances' images").doesNotContain(i.id()));
    }
  }

  @SuppressWarnings("unchecked")
  private void checkClaims(BulkWorld w) {
    for (Map.Entry<String, Object> c : claims.entrySet()) {
      List<Object> v = (List<Object>) c.getValue();
      AccountId account = (AccountId) v.get(0);
      String kind = c.getKey().substring(0, c.getKey().indexOf(':'));
      switch (kind) {
        case "create": {
          Image made = w.world.image(EAST, (ImageId) v.get(1)).orElseThrow();
          assertThat(made.name()).isEqualTo(v.get(2));
          assertThat(made.state()).isEqualTo(ImageState.AVAILABLE);
          assertThat(w.world.allImages(EAST).stream().filter(i -> i.ownerId().equals(account)
              && i.name().equals(v.get(2)))).hasSize(1);
          break;
        }
        case "copy": {
          Image copy = w.world.image(WEST, (ImageId) v.get(2)).orElseThrow();
          assertThat(copy.sourceImageId()).contains((ImageId) v.get(1));
          assertThat(copy.state()).isEqualTo(ImageState.AVAILABLE);
          assertThat(w.world.allImages(WEST).stream().filter(i -> i.ownerId().equals(account)
              && i.sourceImageId().equals(copy.sourceImageId()))).hasSize(1);
          break;
        }
        case "share":
          assertThat(w.world.launchPermissions(EAST, (ImageId) v.get(1)))
              .containsExactlyInAnyOrderElementsOf(GRANTEES.stream().map(LaunchPermission::account)
                  .collect(Collectors.toList()));
          break;
        case "launch": {
          Set<InstanceId> launched = (Set<InstanceId>) v.get(2);
          Set<InstanceId> fromImage = w.world.allInstances(EAST).stream()
              .filter(i -> i.imageId().equals(v.get(1))).map(Instance::id).collect(Collectors.toSet());
          assertThat(fromImage).as("instances launched from %s", v.get(1)).isEqualTo(launched).hasSize(2);
          break;
        }
        case "deregister": {
          DeregistrationResult r = (DeregistrationResult) v.get(1);
          assertThat(w.world.image(EAST, r.imageId()).map(Image::state).orElse(ImageState.DEREGISTERED))
              .isEqualTo(ImageState.DEREGISTERED);
          Set<SnapshotId> left = snapshotIds(w, EAST);
          assertThat(r.deleted()).hasSize(2).noneMatch(left::contains);
          break;
        }
        default: {
          CleanupResult r = (CleanupResult) v.get(1);
          List<ImageId> group = (List<ImageId>) v.get(2);
          assertThat(r.complete()).isTrue();
          // The oldest is in use, the newest is kept: only the middle one goes.
          assertThat(r.deregistered()).extracting(CleanupResult.ImageResult::imageId).containsExactly(group.get(1));
          Set<SnapshotId> left = snapshotIds(w, EAST);
          for (CleanupResult.ImageResult i : r.images()) {
            ImageState s = w.world.image(EAST, i.imageId()).map(Image::state).orElse(ImageState.DEREGISTERED);
            assertThat(s == ImageState.DEREGISTERED).as("%s reported %s", i.imageId(), i.outcome())
                .isEqualTo(i.outcome() == CleanupResult.ImageOutcome.DEREGISTERED);
            for (CleanupResult.SnapshotResult sr : i.snapshots()) {
              assertThat(left.contains(sr.snapshotId())).as("%s reported %s", sr.snapshotId(), sr.outcome())
                  .isEqualTo(sr.outcome() != CleanupResult.SnapshotOutcome.DELETED);
            }
          }
        }
      }
    }
  }

  private static Set<SnapshotId> snapshotIds(BulkWorld w, Region region) {
    return w.world.allSnapshots(region).stream().map(Snapshot::id).collect(Collectors.toSet());
  }
}
