package io.ami4j.internal.bake;

import io.ami4j.AmiNotFoundException;
import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeTags;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cleanup stage of one bake: terminates its builder, and after a failure deregisters every
 * image it made with the snapshots and deletes any tagged snapshot left. It finds resources both
 * by the ids the bake learned and by the bake's tag, so that a resource whose id was never
 * answered (a lost answer, a cancellation mid-call) is still found. Every step runs even when an
 * earlier one failed; what cannot be removed is recorded with the reason.
 */
final class BakeCleanup {
  private static final Logger LOG = LoggerFactory.getLogger(BakeCleanup.class);

  private final BakeCalls calls;
  private final BakePlan plan;
  private final StageRun run;
  private final Map<BakeResource, String> leftBehind;

  BakeCleanup(BakeCalls calls, BakePlan plan, StageRun run, Map<BakeResource, String> leftBehind) {
    this.calls = calls;
    this.plan = plan;
    this.run = run;
    this.leftBehind = leftBehind;
  }

  void terminateBuilders(List<InstanceId> known, boolean alreadyTerminated) {
    Set<InstanceId> targets = new LinkedHashSet<>();
    if (!alreadyTerminated) {
      targets.addAll(known);
    }
    try {
      for (Instance i : calls.liveInstancesTagged(plan.region, BakeTags.BAKE, plan.bakeId)) {
        targets.add(i.id());
      }
    } catch (RuntimeException e) {
      LOG.warn("Bake {}: could not list its instances; terminating the known ones: {}", plan.bakeId, e.getMessage());
    }
    if (targets.isEmpty()) {
      return;
    }
    List<InstanceId> ids = new ArrayList<>(targets);
    try {
      calls.terminate(plan.region, ids);
      ids.forEach(i -> run.cleaned(resource(BakeResource.Kind.INSTANCE, i.value(), plan.region)));
    } catch (RuntimeException e) {
      ids.forEach(i -> leftBehind.put(resource(BakeResource.Kind.INSTANCE, i.value(), plan.region),
          "TerminateInstances failed: " + e.getMessage()));
    }
  }

  void unprotect(Map<ImageId, Region> images) {
    images.forEach((id, r) -> {
      try {
        calls.unprotect(r, id);
      } catch (RuntimeException e) {
        LOG.warn("Bake {}: could not turn protection of {} off: {}", plan.bakeId, id, e.getMessage());
      }
    });
  }

  /**
   * Removes the bake's images (with their snapshots) and its remaining tagged snapshots.
   *
   * @param regions the bake's regions
   * @param made what the bake knows it made
   */
  void removeImagesAndSnapshots(List<Region> regions, List<BakeResource> made) {
    for (Region r : regions) {
      Set<ImageId> images = new LinkedHashSet<>();
      made.stream().filter(m -> m.kind() == BakeResource.Kind.IMAGE && m.region().equals(r))
          .forEach(m -> images.add(ImageId.of(m.id())));
      try {
        calls.ownImagesTagged(r, BakeTags.BAKE, plan.bakeId).forEach(i -> images.add(i.id()));
      } catch (RuntimeException e) {
        LOG.warn("Bake {}: could not list its images in {}: {}", plan.bakeId, r, e.getMessage());
      }
      for (ImageId id : images) {
        deregister(r, id);
      }
      try {
        for (Snapshot s : calls.ownSnapshotsTagged(r, BakeTags.BAKE, plan.bakeId)) {
          deleteSnapshot(r, s);
        }
      } catch (RuntimeException e) {
        LOG.warn("Bake {}: could not list its snapshots in {}: {}", plan.bakeId, r, e.getMessage());
      }
    }
    for (BakeResource m : made) {
      if (m.kind() != BakeResource.Kind.INSTANCE && !run.cleanedUp.contains(m) && !leftBehind.containsKey(m)
          && stillThere(m)) {
        leftBehind.put(m, "still there after the cleanup");
      }
    }
  }

  private void deregister(Region r, ImageId id) {
    BakeResource res = resource(BakeResource.Kind.IMAGE, id.value(), r);
    try {
      DeregisterImageAnswer rep = calls.deregister(r, id);
      run.cleaned(res);
      leftBehind.remove(res);
      for (SnapshotDeletion d : rep.snapshots()) {
        BakeResource snap = resource(BakeResource.Kind.SNAPSHOT, d.snapshotId().value(), r);
        if (d.outcome() == SnapshotOutcome.SUCCESS) {
          run.cleaned(snap);
        } else {
          leftBehind.put(snap, "DeleteAssociatedSnapshots answered " + d.outcome().wireValue());
        }
      }
    } catch (AmiNotFoundException e) {
      LOG.debug("Bake {}: image {} in {} is already gone", plan.bakeId, id, r);
    } catch (RuntimeException e) {
      // An unclear answer (a lost one, then "already deregistered" on the retry) may hide success.
      if (stillThere(res)) {
        leftBehind.put(res, "DeregisterImage failed: " + e.getMessage());
      } else {
        LOG.debug("Bake {}: DeregisterImage {} in {} answered {}, but the image is gone", plan.bakeId, id, r,
            e.getMessage());
        run.cleaned(res);
        leftBehind.remove(res);
      }
    }
  }

  private void deleteSnapshot(Region r, Snapshot s) {
    BakeResource res = resource(BakeResource.Kind.SNAPSHOT, s.id().value(), r);
    try {
      calls.deleteSnapshot(r, s.id());
      run.cleaned(res);
      leftBehind.remove(res);
    } catch (AmiNotFoundException e) {
      leftBehind.remove(res);
    } catch (RuntimeException e) {
      leftBehind.put(res, "DeleteSnapshot failed: " + e.getMessage());
    }
  }

  private boolean stillThere(BakeResource m) {
    try {
      if (m.kind() == BakeResource.Kind.IMAGE) {
        return calls.image(m.region(), ImageId.of(m.id())).state() != ImageState.DEREGISTERED;
      }
      return calls.snapshotExists(m.region(), SnapshotId.of(m.id()));
    } catch (AmiNotFoundException e) {
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }

  private static BakeResource resource(BakeResource.Kind kind, String id, Region r) {
    return BakeResource.of(kind, id, r);
  }
}
