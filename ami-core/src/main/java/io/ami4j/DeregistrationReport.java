package io.ami4j;

import io.ami4j.model.ImageId;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What deregistering an image did: the image, and each of its snapshots — deleted, skipped
 * (another image uses it), failed, or kept (snapshots were not to be deleted).
 *
 * <pre>{@code
 * DeregistrationReport r = amis.deregister(id).deleteSnapshots().submit().await();
 * r.snapshots().forEach(s -> System.out.println(s.snapshotId() + " " + s.outcome().wireValue()));
 * }</pre>
 */
public final class DeregistrationReport {
  private final ImageId imageId;
  private final List<SnapshotDeletion> snapshots;
  private final List<SnapshotId> kept;

  DeregistrationReport(ImageId imageId, List<SnapshotDeletion> snapshots, List<SnapshotId> kept) {
    this.imageId = imageId;
    this.snapshots = List.copyOf(snapshots);
    this.kept = List.copyOf(kept);
  }

  /** The image deregistered. */
  public ImageId imageId() {
    return imageId;
  }

  /** Each snapshot EC2 was asked to delete, with what happened to it. */
  public List<SnapshotDeletion> snapshots() {
    return snapshots;
  }

  /** Snapshots deleted. */
  public List<SnapshotId> deleted() {
    return with(SnapshotOutcome.SUCCESS);
  }

  /** Snapshots not deleted: skipped (used elsewhere) or failed. */
  public List<SnapshotDeletion> notDeleted() {
    return snapshots.stream().filter(s -> s.outcome() != SnapshotOutcome.SUCCESS).collect(Collectors.toList());
  }

  /** Snapshots left alone because deletion was not asked for (they keep costing storage). */
  public List<SnapshotId> kept() {
    return kept;
  }

  /** Whether every snapshot that was to be deleted was deleted. */
  public boolean complete() {
    return notDeleted().isEmpty();
  }

  private List<SnapshotId> with(SnapshotOutcome outcome) {
    return snapshots.stream().filter(s -> s.outcome() == outcome).map(SnapshotDeletion::snapshotId)
        .collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return "DeregistrationReport[" + imageId + ", snapshots=" + snapshots.stream()
        .map(s -> s.snapshotId() + ":" + s.outcome().wireValue()).collect(Collectors.toList())
        + ", kept=" + kept + "]";
  }
}
