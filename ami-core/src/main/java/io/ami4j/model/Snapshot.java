package io.ami4j.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An EBS snapshot, as DescribeSnapshots reports it. */
@Value.Immutable
public abstract class Snapshot {
  /** The snapshot id. */
  public abstract SnapshotId id();

  /** The owning account. */
  public abstract AccountId ownerId();

  /** The volume it was taken from. */
  public abstract Optional<VolumeId> volumeId();

  /** Size in GiB. */
  public abstract int volumeSize();

  /** The state. */
  public abstract SnapshotState state();

  /** When it was started. */
  public abstract Instant startTime();

  /** The description (EC2 writes "Created by CreateImage(…) for ami-…"). */
  public abstract Optional<String> description();

  /** Whether it is encrypted. */
  @Value.Default
  public boolean encrypted() {
    return false;
  }

  /** The KMS key that encrypts it. */
  public abstract Optional<KmsKey> kmsKey();

  /** The tags. */
  public abstract Map<String, String> tags();

  /**
   * EC2's text of the fields whose value this release of ami4j does not know, keyed by the
   * field's name (e.g. {@code rootDeviceType → standard}). Such a field holds {@code UNKNOWN}
   * when it is required and is empty when it is optional; nothing EC2 answered is lost.
   */
  public abstract Map<String, String> unknownValues();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Snapshot}. */
  public static final class Builder extends ImmutableSnapshot.Builder {}
}
