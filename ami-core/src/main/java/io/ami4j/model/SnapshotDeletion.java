package io.ami4j.model;

import java.util.Map;
import org.immutables.value.Value;

/** What happened to one snapshot when its image was deregistered with its snapshots. */
@Value.Immutable
public abstract class SnapshotDeletion {
  /** The snapshot. */
  public abstract SnapshotId snapshotId();

  /** What happened: deleted, skipped (used by another image), or an error. */
  public abstract SnapshotOutcome outcome();

  /**
   * EC2's text of the fields whose value this release of ami4j does not know, keyed by the
   * field's name ({@code outcome} when it is {@link SnapshotOutcome#UNKNOWN}). When ami4j did not
   * hear EC2's answer for the snapshot (the answer was lost and the outcome was established by
   * asking again, or could not be), the outcome is {@link SnapshotOutcome#UNKNOWN} and
   * {@code outcome} holds what ami4j could tell, e.g. {@code not deleted: …}.
   */
  public abstract Map<String, String> unknownValues();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotDeletion}. */
  public static final class Builder extends ImmutableSnapshotDeletion.Builder {}

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

  /**
   * An entry as EC2 answers it: a return code ami4j does not know is kept as
   * {@link SnapshotOutcome#UNKNOWN}, with EC2's text under {@code outcome} in {@link #unknownValues()}.
   *
   * @param id the snapshot
   * @param returnCode EC2's return code
   * @return the entry
   */
  public static SnapshotDeletion ofAnswer(SnapshotId id, String returnCode) {
    SnapshotOutcome outcome = SnapshotOutcome.fromAnswer(returnCode);
    ImmutableSnapshotDeletion.Builder b = ImmutableSnapshotDeletion.builder().snapshotId(id).outcome(outcome);
    if (!outcome.isKnown()) {
      b.putUnknownValues("outcome", String.valueOf(returnCode));
    }
    return b.build();
  }
}
