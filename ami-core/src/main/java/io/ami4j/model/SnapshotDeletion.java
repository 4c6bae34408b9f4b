package io.ami4j.model;

import org.immutables.value.Value;

/** What happened to one snapshot when its image was deregistered with its snapshots. */
@Value.Immutable
public abstract class SnapshotDeletion {
  /** The snapshot. */
  public abstract SnapshotId snapshotId();

  /** What happened: deleted, skipped (used by another image), or an error. */
  public abstract SnapshotOutcome outcome();

  /**
   * Makes an entry.
   *
   * @param id the snapshot
   * @param outcome what happened
   * @return the entry
   */
  public static SnapshotDeletion of(SnapshotId id, SnapshotOutcome outcome) {
    return ImmutableSnapshotDeletion.builder().snapshotId(id).outcome(outcome).build();
  }
}
