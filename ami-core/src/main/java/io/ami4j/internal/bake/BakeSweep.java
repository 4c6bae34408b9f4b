package io.ami4j.internal.bake;

import io.ami4j.AmiNotFoundException;
import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeTags;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.DryRunResult;
import io.ami4j.bake.SweepResult;
import io.ami4j.internal.cleanup.Deregistrations;
import io.ami4j.internal.cleanup.Removal;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.DryRuns;
import io.ami4j.model.Image;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Ec2Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what crashed bakes left in some regions, older than a cutoff: live instances tagged
 * {@value BakeTags#BAKE}; the account's images tagged so whose bake never marked them complete
 * (deregistered with their snapshots); then tagged snapshots that no registered image uses.
 */
public final class BakeSweep {
  private static final Logger LOG = LoggerFactory.getLogger(BakeSweep.class);

  private final Engine engine;
  private final BakeCalls calls;
  private final List<BakeResource> removed = new ArrayList<>();
  private final Map<BakeResource, String> failures = new LinkedHashMap<>();

  /**
   * A sweep.
   *
   * @param engine the client's engine
   */
  public BakeSweep(Engine engine) {
    this.engine = engine;
    this.calls = new BakeCalls(engine);
  }

  /**
   * Sweeps.
   *
   * @param regions where
   * @param cutoff only what was made before this
   * @return the report
   */
  public SweepResult sweep(List<Region> regions, Instant cutoff) {
    for (Region r : regions) {
      instances(r, cutoff);
      images(r, cutoff);
      snapshots(r, cutoff);
    }
    LOG.info("Bake sweep of {} (before {}): removed {}, failed {}", regions, cutoff, removed.size(), failures.size());
    return SweepResult.of(removed, failures);
  }

  /**
   * Finds what a sweep would remove and asks the backend whether each removal would be allowed
   * (EC2's {@code DryRun}); changes nothing.
   *
   * @param regions where
   * @param cutoff only what was made before this
   * @return allowed, naming what would be removed, or the first refusal
   */
  public DryRunResult dryRun(List<Region> regions, Instant cutoff) {
    List<CompletableFuture<DryRunResult>> runs = new ArrayList<>();
    List<String> would = new ArrayList<>();
    for (Region r : regions) {
      List<InstanceId> old = calls.liveInstancesTagged(r, BakeTags.BAKE, null).stream()
          .filter(i -> i.launchTime().isBefore(cutoff)).map(Instance::id).collect(Collectors.toList());
      if (!old.isEmpty()) {
        runs.add(engine.runner().dryRun(r, Ec2Action.TERMINATE_INSTANCES,
            c -> engine.provider().terminateInstances(c, old)));
        would.add("terminate " + old + " in " + r);
      }
      for (Image img : calls.ownImagesTagged(r, BakeTags.BAKE, null)) {
        if (!BakeTags.COMPLETE.equals(img.tags().get(BakeTags.BAKE_STATE)) && img.creationDate().isBefore(cutoff)) {
          runs.add(engine.runner().dryRun(r, Ec2Action.DEREGISTER_IMAGE,
              c -> engine.provider().deregisterImage(c, img.id(), true)));
          would.add("deregister " + img.id() + " with its snapshots in " + r);
        }
      }
      Set<SnapshotId> used = new HashSet<>(calls.snapshotsInUse(r));
      for (Snapshot s : calls.ownSnapshotsTagged(r, BakeTags.BAKE, null)) {
        if (!used.contains(s.id()) && s.startTime().isBefore(cutoff)) {
          runs.add(engine.runner().dryRun(r, Ec2Action.DELETE_SNAPSHOT, c -> engine.provider().deleteSnapshot(c, s.id())));
          would.add("delete " + s.id() + " in " + r);
        }
      }
    }
    if (runs.isEmpty()) {
      return DryRunResult.allowed("nothing to sweep in " + regions + " before " + cutoff);
    }
    DryRunResult verdict = DryRuns.combine(engine.runner(), runs);
    return verdict.allowed() ? DryRunResult.allowed("would " + String.join("; ", would)) : verdict;
  }

  private void instances(Region r, Instant cutoff) {
    List<InstanceId> old = calls.liveInstancesTagged(r, BakeTags.BAKE, null).stream()
        .filter(i -> i.launchTime().isBefore(cutoff)).map(Instance::id).collect(Collectors.toList());
    if (old.isEmpty()) {
      return;
    }
    try {
      calls.terminate(r, old);
      old.forEach(i -> removed.add(BakeResource.of(BakeResource.Kind.INSTANCE, i.value(), r)));
    } catch (RuntimeException e) {
      old.forEach(i -> failures.put(BakeResource.of(BakeResource.Kind.INSTANCE, i.value(), r), e.getMessage()));
    }
  }

  private void images(Region r, Instant cutoff) {
    for (Image img : calls.ownImagesTagged(r, BakeTags.BAKE, null)) {
      boolean complete = BakeTags.COMPLETE.equals(img.tags().get(BakeTags.BAKE_STATE));
      if (complete || !img.creationDate().isBefore(cutoff)) {
        continue;
      }
      BakeResource res = BakeResource.of(BakeResource.Kind.IMAGE, img.id().value(), r);
      try {
        // The listing may be stale: a slow bake may have finished since. Decide on the image as it is now.
        if (BakeTags.COMPLETE.equals(calls.image(r, img.id()).tags().get(BakeTags.BAKE_STATE))) {
          LOG.info("Sweep: image {} in {} was marked complete since it was listed; kept", img.id(), r);
          continue;
        }
        // Cleanup's own deregistration: one rule for an unclear answer, every snapshot's fate told.
        Removal rep = engine.join(new Deregistrations(engine.provider(), engine.bulk(), engine.runner())
            .deregister(r, img, true, engine.deadline()));
        if (rep.outcome() != CleanupResult.ImageOutcome.DEREGISTERED) {
          failures.put(res, rep.detail());
          continue;
        }
        removed.add(res);
        for (Removal.Fate f : rep.snapshots()) {
          BakeResource snap = BakeResource.of(BakeResource.Kind.SNAPSHOT, f.snapshot().value(), r);
          if (f.outcome() == CleanupResult.SnapshotOutcome.DELETED) {
            removed.add(snap);
          } else {
            failures.put(snap, "DeleteAssociatedSnapshots: " + f.outcome() + (f.detail().isEmpty() ? ""
                : " (" + f.detail() + ")"));
          }
        }
      } catch (AmiNotFoundException e) {
        LOG.debug("Sweep: image {} in {} is already gone", img.id(), r);
      } catch (RuntimeException e) {
        failures.put(res, e.getMessage());
      }
    }
  }

  private void snapshots(Region r, Instant cutoff) {
    Set<SnapshotId> used = new HashSet<>(calls.snapshotsInUse(r));
    for (Snapshot s : calls.ownSnapshotsTagged(r, BakeTags.BAKE, null)) {
      if (used.contains(s.id()) || !s.startTime().isBefore(cutoff)) {
        continue;
      }
      BakeResource res = BakeResource.of(BakeResource.Kind.SNAPSHOT, s.id().value(), r);
      try {
        calls.deleteSnapshot(r, s.id());
        removed.add(res);
      } catch (AmiNotFoundException e) {
        LOG.debug("Sweep: snapshot {} in {} is already gone", s.id(), r);
      } catch (RuntimeException e) {
        failures.put(res, e.getMessage());
      }
    }
  }
}
