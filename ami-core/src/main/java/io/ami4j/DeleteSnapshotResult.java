package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import org.immutables.value.Value;

/**
 * What {@link DeleteSnapshotSpec#apply()} did: the snapshot deleted, and where.
 *
 * <pre>{@code DeleteSnapshotResult r = amis.snapshots().delete(id).apply(); }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class DeleteSnapshotResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteSnapshotResult}. */
  public static final class Builder extends ImmutableDeleteSnapshotResult.Builder {}

  /** The snapshot deleted. */
  public abstract SnapshotId snapshot();

  /** Its region. */
  public abstract Region region();

  @Override
  public String toString() {
    return "DeleteSnapshotResult[" + snapshot() + " in " + region() + "]";
  }
}
