package io.ami4j.internal.cleanup;

import io.ami4j.cleanup.CleanupResult;
import io.ami4j.model.ImageId;
import io.ami4j.model.SnapshotId;
import java.util.List;

/**
 * What deregistering one planned image did, as the backend answered or — after an answer that
 * left it unclear — as it showed when asked again.
 *
 * @param image the image
 * @param outcome deregistered, failed, or not done
 * @param detail the error or the note, empty when there is nothing to add
 * @param snapshots each snapshot's fate
 */
public record Removal(ImageId image, CleanupResult.ImageOutcome outcome, String detail, List<Fate> snapshots) {
  /**
   * One snapshot's fate.
   *
   * @param snapshot the snapshot
   * @param outcome deleted, skipped by EC2, failed, kept or not done
   * @param detail why, empty when there is nothing to add
   */
  public record Fate(SnapshotId snapshot, CleanupResult.SnapshotOutcome outcome, String detail) {}
}
