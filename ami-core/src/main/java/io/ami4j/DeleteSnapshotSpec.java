package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.SnapshotCalls;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Ec2Action;

/**
 * Deletes an EBS snapshot (DeleteSnapshot). EC2 refuses while a registered image (or one in the
 * Recycle Bin) uses the snapshot: {@link AmiConflictException} with {@code InvalidSnapshot.InUse},
 * naming the image — deregister the image first, or deregister it with
 * {@link DeregisterSpec#deleteSnapshots()}. A delete whose answer was lost and whose retry finds
 * the snapshot gone has succeeded.
 *
 * <pre>{@code
 * amis.snapshots().delete(SnapshotId.of("snap-0123456789abcdef0")).apply();
 * DryRunResult may = amis.snapshots().delete(id).dryRun();   // deletes nothing
 * }</pre>
 */
public final class DeleteSnapshotSpec {
  private final Engine engine;
  private final SnapshotId snapshot;
  private Region region;

  DeleteSnapshotSpec(Engine engine, Region region, SnapshotId snapshot) {
    this.engine = engine;
    this.region = region;
    this.snapshot = snapshot;
  }

  /**
   * The snapshot's region, when not the one it was asked in.
   *
   * @param region the region
   * @return this spec
   */
  public DeleteSnapshotSpec in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * Deletes the snapshot.
   *
   * @return the snapshot deleted, and its region
   * @throws AmiNotFoundException ({@code InvalidSnapshot.NotFound}) when it does not exist
   * @throws AmiConflictException ({@code InvalidSnapshot.InUse}) while an image uses it
   * @throws AmiPermissionDeniedException when it belongs to another account
   */
  public DeleteSnapshotResult apply() {
    engine.join(SnapshotCalls.delete(engine, region, snapshot, engine.runner().callDeadline()));
    return DeleteSnapshotResult.builder().snapshot(snapshot).region(region).build();
  }

  /**
   * Asks the backend whether DeleteSnapshot would be allowed; deletes nothing.
   *
   * @return the verdict (refused with {@code InvalidSnapshot.InUse} while an image uses it)
   */
  public DryRunResult dryRun() {
    return engine.runner().join(engine.runner().dryRun(region, Ec2Action.DELETE_SNAPSHOT,
        c -> engine.provider().deleteSnapshot(c, snapshot)));
  }

  @Override
  public String toString() {
    return "DeleteSnapshotSpec[" + snapshot + " in " + region + "]";
  }
}
