package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.ImageId;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What deregistering an image did: the image, and each of its snapshots — deleted, skipped
 * (another image uses it), failed (EC2 answered an error for it), unknown (ami4j did not hear
 * EC2's answer for it, or EC2 answered a code ami4j does not know), or kept (snapshots were not to
 * be deleted). A snapshot is never reported skipped unless EC2 (or what the backend shows) says
 * that something still uses it.
 *
 * <pre>{@code
 * DeregistrationResult r = amis.deregister(id).deleteSnapshots().submit().await();
 * r.snapshots().forEach(s -> System.out.println(s.snapshotId() + " " + s.outcome().wireValue()));
 * }</pre>
 *
 * <p>Tests that stub ami4j build one:
 * <pre>{@code
 * DeregistrationResult r = DeregistrationResult.builder().imageId(id)
 *     .addSnapshots(SnapshotDeletion.of(snap, SnapshotOutcome.SUCCESS)).build();
 * }</pre>
 */
@AmiStyle
@Value.Immutable
public abstract class DeregistrationResult {
  private static final Set<SnapshotOutcome> FAILURES = EnumSet.of(SnapshotOutcome.MISSING_PERMISSIONS,
      SnapshotOutcome.INTERNAL_ERROR, SnapshotOutcome.CLIENT_ERROR);

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeregistrationResult}. */
  public static final class Builder extends ImmutableDeregistrationResult.Builder {}

  /** The image deregistered. */
  public abstract ImageId imageId();

  /** Each snapshot EC2 was asked to delete, with what happened to it. */
  public abstract List<SnapshotDeletion> snapshots();

  /** Snapshots left alone because deletion was not asked for (they keep costing storage). */
  public abstract List<SnapshotId> kept();

  /** Snapshots deleted. */
  public List<SnapshotId> deleted() {
    return with(Set.of(SnapshotOutcome.SUCCESS));
  }

  /** Snapshots EC2 skipped because another image (or the image itself, from the Recycle Bin) still uses them. */
  public List<SnapshotId> skipped() {
    return with(Set.of(SnapshotOutcome.SKIPPED));
  }

  /** Snapshots EC2 answered an error for: {@code missing-permissions}, {@code internal-error}, {@code client-error}. */
  public List<SnapshotId> failed() {
    return with(FAILURES);
  }

  /**
   * Snapshots whose outcome ami4j does not know from EC2's answer: the answer was lost (what the
   * backend showed afterwards is in each entry's {@code unknownValues().get("outcome")}), or EC2
   * answered a code this release does not know.
   */
  public List<SnapshotId> unknown() {
    return with(Set.of(SnapshotOutcome.UNKNOWN));
  }

  /** Snapshots not deleted: skipped, failed or unknown. */
  public List<SnapshotDeletion> notDeleted() {
    return snapshots().stream().filter(s -> s.outcome() != SnapshotOutcome.SUCCESS).collect(Collectors.toList());
  }

  /** Whether every snapshot that was to be deleted was deleted. */
  public boolean complete() {
    return notDeleted().isEmpty();
  }

  private List<SnapshotId> with(Set<SnapshotOutcome> outcomes) {
    return snapshots().stream().filter(s -> outcomes.contains(s.outcome())).map(SnapshotDeletion::snapshotId)
        .collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return "DeregistrationResult[" + imageId() + ", snapshots=" + snapshots().stream()
        .map(s -> s.snapshotId() + ":" + s.outcome().wireValue()).collect(Collectors.toList())
        + ", kept=" + kept() + "]";
  }
}
