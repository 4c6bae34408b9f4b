package io.ami4j.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The EBS part of a block device mapping: the snapshot to restore, size, type, performance and
 * encryption. Checked against {@link VolumeLimits} when built.
 *
 * <pre>{@code
 * EbsBlockDevice root = EbsBlockDevice.builder().snapshotId(snap).volumeSize(20)
 *     .volumeType(VolumeType.GP3).deleteOnTermination(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class EbsBlockDevice {
  /** The snapshot the volume is created from. */
  public abstract Optional<SnapshotId> snapshotId();

  /** Size in GiB (defaults to the snapshot's size). */
  public abstract Optional<Integer> volumeSize();

  /** The volume type. */
  public abstract Optional<VolumeType> volumeType();

  /** Provisioned IOPS (gp3, io1, io2). */
  public abstract Optional<Integer> iops();

  /** Throughput in MiB/s (gp3). */
  public abstract Optional<Integer> throughput();

  /** Whether the volume is encrypted. */
  public abstract Optional<Boolean> encrypted();

  /** The KMS key that encrypts it. */
  public abstract Optional<KmsKey> kmsKey();

  /**
   * EC2's text of the fields whose value this release of ami4j does not know, keyed by the
   * field's name: a volume type it does not know ({@code volumeType → gp4}), or a size, IOPS or
   * throughput beyond the limits it knows ({@code volumeSize → 131072}), which EC2 raises over time.
   * Such fields are empty; nothing EC2 answered is lost.
   */
  public abstract Map<String, String> unknownValues();

  /** Whether the volume is deleted when the instance terminates (EC2's default is true). */
  @Value.Default
  public boolean deleteOnTermination() {
    return true;
  }

  @Value.Check
  protected void check() {
    volumeType().ifPresent(t -> VolumeLimits.check(t, volumeSize().orElse(null), iops().orElse(null),
        throughput().orElse(null)));
    if (volumeType().isEmpty()) {
      volumeSize().ifPresent(s -> io.ami4j.internal.validate.Check.inRange("volumeSize", s, 1, 65_536));
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EbsBlockDevice}. */
  public static final class Builder extends ImmutableEbsBlockDevice.Builder {}
}
