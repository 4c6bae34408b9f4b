package io.ami4j.internal.bake;

import io.ami4j.AmiNotFoundException;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.OneImage;
import io.ami4j.internal.call.Paging;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.ResourceId;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.SnapshotQuery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The provider calls of bakes, sweeps and freshness checks, each through the engine's call runner
 * (buckets, retries, every page). The {@code …Async} ones answer a future, for the bake's stages;
 * the others block, for the bake's cleanup (blocking work on the client's blocking executor), sweeps
 * and freshness checks (the caller's thread).
 */
final class BakeCalls {
  private final Engine engine;

  BakeCalls(Engine engine) {
    this.engine = engine;
  }

  /** One image, deprecated and disabled ones included; NotFound when it is not visible. */
  Image image(Region region, ImageId id) {
    return engine.join(OneImage.describe(engine, region, id, engine.runner().callDeadline()));
  }

  /** Every image of a query. */
  List<Image> images(Region region, ImageQuery q) {
    return Paging.all(engine.runner(), region, Ec2Action.DESCRIBE_IMAGES,
        (c, p) -> engine.provider().describeImages(c, q, p));
  }

  /** The account's own images carrying a tag (any value when {@code value} is null), not yet deregistered. */
  List<Image> ownImagesTagged(Region region, String key, String value) {
    Filter f = value == null ? Filter.of("tag-key", key) : Filter.of("tag:" + key, value);
    ImageQuery q = ImageQuery.builder().addOwners(Owner.SELF).addFilters(f).includeDeprecated(true)
        .includeDisabled(true).build();
    return images(region, q).stream().filter(i -> i.state() != ImageState.DEREGISTERED).collect(Collectors.toList());
  }

  /** The account's live instances carrying a tag (any value when {@code value} is null). */
  List<Instance> liveInstancesTagged(Region region, String key, String value) {
    Filter f = value == null ? Filter.of("tag-key", key) : Filter.of("tag:" + key, value);
    InstanceQuery q = InstanceQuery.builder().addFilters(f,
        Filter.of("instance-state-name", "pending", "running", "stopping", "stopped")).build();
    return Paging.all(engine.runner(), region, Ec2Action.DESCRIBE_INSTANCES,
        (c, p) -> engine.provider().describeInstances(c, q, p));
  }

  /** The account's own snapshots carrying a tag (any value when {@code value} is null). */
  List<Snapshot> ownSnapshotsTagged(Region region, String key, String value) {
    Filter f = value == null ? Filter.of("tag-key", key) : Filter.of("tag:" + key, value);
    SnapshotQuery q = SnapshotQuery.builder().addOwners(Owner.SELF).addFilters(f).build();
    return Paging.all(engine.runner(), region, Ec2Action.DESCRIBE_SNAPSHOTS,
        (c, p) -> engine.provider().describeSnapshots(c, q, p));
  }

  /** The snapshots that the account's registered images use. */
  List<SnapshotId> snapshotsInUse(Region region) {
    ImageQuery q = ImageQuery.builder().addOwners(Owner.SELF).includeDeprecated(true).includeDisabled(true).build();
    return images(region, q).stream().filter(i -> i.state() != ImageState.DEREGISTERED)
        .flatMap(i -> i.snapshotIds().stream()).collect(Collectors.toList());
  }

  /** Whether a snapshot still exists. */
  boolean snapshotExists(Region region, SnapshotId id) {
    try {
      SnapshotQuery q = SnapshotQuery.byIds(List.of(id));
      return Paging.all(engine.runner(), region, Ec2Action.DESCRIBE_SNAPSHOTS,
          (c, p) -> engine.provider().describeSnapshots(c, q, p)).stream().anyMatch(s -> s.id().equals(id));
    } catch (AmiNotFoundException e) {
      return false;
    }
  }

  /** Terminates instances; a compensating call, outside the client's retry budget. */
  void terminate(Region region, List<InstanceId> ids) {
    engine.runner().compensation().callNow(region, Ec2Action.TERMINATE_INSTANCES, c -> {
      engine.provider().terminateInstances(c, ids);
      return null;
    });
  }

  /** Terminates instances without blocking; a compensating call, outside the client's retry budget. */
  CompletableFuture<Void> terminateAsync(Region region, List<InstanceId> ids) {
    return engine.runner().compensation().call(region, Ec2Action.TERMINATE_INSTANCES, c -> {
      engine.provider().terminateInstances(c, ids);
      return null;
    });
  }

  /** Tags resources without blocking; nothing to do when either list is empty. */
  CompletableFuture<Void> tagAsync(Region region, List<? extends ResourceId> ids, Map<String, String> tags) {
    if (ids.isEmpty() || tags.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return engine.runner().call(region, Ec2Action.CREATE_TAGS, c -> {
      engine.provider().createTags(c, ids, tags);
      return null;
    });
  }

  /** Deletes a snapshot; a compensating call, outside the client's retry budget. */
  void deleteSnapshot(Region region, SnapshotId id) {
    engine.runner().compensation().callNow(region, Ec2Action.DELETE_SNAPSHOT, c -> {
      engine.provider().deleteSnapshot(c, id);
      return null;
    });
  }

  /**
   * Deregisters one of the bake's own images with its snapshots; a compensating call, outside the
   * client's retry budget.
   */
  DeregisterImageAnswer deregister(Region region, ImageId id) {
    return engine.runner().compensation().callNow(region, Ec2Action.DEREGISTER_IMAGE,
        c -> engine.provider().deregisterImage(c, id, true));
  }

  /**
   * Turns deregistration protection off on one of the bake's own images, so that a rollback can
   * remove it; a compensating call, outside the client's retry budget.
   */
  void unprotect(Region region, ImageId id) {
    engine.runner().compensation().callNow(region, Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION, c -> {
      engine.provider().disableDeregistrationProtection(c, id);
      return null;
    });
  }
}
