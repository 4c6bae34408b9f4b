package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.SnapshotCalls;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;

/**
 * EBS snapshots: finding them (by id, or by owner, tags and every DescribeSnapshots filter),
 * tagging them, and deleting them — through the same pacing, retries and validation as every
 * other verb.
 *
 * <pre>{@code
 * Snapshot root = amis.snapshots().get(SnapshotId.of("snap-0123456789abcdef0"));
 * List<Snapshot> mine = amis.snapshots().query().ownedBy(Owner.SELF).tagged("env", "prod").list();
 * amis.snapshots().tags(root.id()).add("retire", "2027-01").remove("tmp").apply();
 * amis.snapshots().delete(root.id()).apply();      // AmiConflictException while an image uses it
 * }</pre>
 */
public final class Snapshots {
  private final Engine engine;
  private final Region region;

  Snapshots(Engine engine, Region region) {
    this.engine = engine;
    this.region = region;
  }

  /**
   * The same operations in another region.
   *
   * @param region the region
   * @return the operations there
   */
  public Snapshots in(Region region) {
    return new Snapshots(engine, Check.notNull("region", region));
  }

  /**
   * One snapshot by id (DescribeSnapshots).
   *
   * @param id the id
   * @return the snapshot, with its tags
   * @throws AmiNotFoundException ({@code InvalidSnapshot.NotFound}) when it does not exist or is
   *     not visible to the account
   */
  public Snapshot get(SnapshotId id) {
    Check.notNull("snapshotId", id);
    return engine.join(SnapshotCalls.describe(engine, region, id, engine.runner().callDeadline()));
  }

  /**
   * A query over DescribeSnapshots' owners, ids and filters.
   *
   * <pre>{@code amis.snapshots().query().ownedBy(Owner.SELF).withTagKey("bake-id").stream().forEach(...); }</pre>
   *
   * @return the query
   */
  public SnapshotSearch query() {
    return new SnapshotSearch(engine, region);
  }

  /**
   * Adds and removes tags of a snapshot (CreateTags, DeleteTags), as {@link AmiClient#tags} does
   * for any resource.
   *
   * <pre>{@code amis.snapshots().tags(id).add("env", "prod").remove("tmp").apply(); }</pre>
   *
   * @param id the snapshot
   * @return the spec, in this region
   */
  public TagSpec tags(SnapshotId id) {
    return new TagSpec(engine, Check.notNull("snapshotId", id)).in(region);
  }

  /**
   * Deleting a snapshot (DeleteSnapshot).
   *
   * <pre>{@code amis.snapshots().delete(id).apply(); }</pre>
   *
   * @param id the snapshot
   * @return the spec
   */
  public DeleteSnapshotSpec delete(SnapshotId id) {
    return new DeleteSnapshotSpec(engine, region, Check.notNull("snapshotId", id));
  }

  @Override
  public String toString() {
    return "Snapshots[" + region + "]";
  }
}
