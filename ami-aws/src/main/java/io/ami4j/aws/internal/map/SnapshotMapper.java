package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import io.ami4j.model.AccountId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.VolumeId;
import io.ami4j.spi.Page;
import java.util.List;
import java.util.Optional;

/** A snapshot of DescribeSnapshots' {@code snapshotSet} as ami4j's {@link Snapshot}. */
public final class SnapshotMapper {
  private SnapshotMapper() {}

  /**
   * Maps a page of DescribeSnapshots, naming any snapshot ami4j cannot hold in the page's
   * {@link Page#unmapped()}.
   *
   * @param snapshots the SDK's
   * @param nextToken the answer's next token
   * @return ami4j's page
   */
  public static Page<Snapshot> page(List<software.amazon.awssdk.services.ec2.model.Snapshot> snapshots,
      String nextToken) {
    return Lenient.page("snapshot", snapshots, software.amazon.awssdk.services.ec2.model.Snapshot::snapshotId,
        SnapshotMapper::fromSdk, nextToken);
  }

  private static Snapshot fromSdk(software.amazon.awssdk.services.ec2.model.Snapshot s) {
    if (s.volumeSize() == null || s.startTime() == null) {
      throw new AmiValidationException("snapshot", (Object) s.snapshotId(), "must have a volumeSize and a startTime");
    }
    Snapshot.Builder b = Snapshot.builder();
    b.id(SnapshotId.of(s.snapshotId()))
        .ownerId(AccountId.of(s.ownerId()))
        .volumeSize(s.volumeSize())
        .state(WireEnums.required(SnapshotState.class, "state", s.stateAsString(), b::putUnknownValues))
        .startTime(s.startTime())
        .description(Optional.ofNullable(s.description()))
        .encrypted(Boolean.TRUE.equals(s.encrypted()))
        .tags(TagMapper.fromSdk(s.tags()));
    volumeId(s.volumeId()).ifPresent(b::volumeId);
    if (s.kmsKeyId() != null && !s.kmsKeyId().isEmpty()) {
      b.kmsKey(KmsKey.of(s.kmsKeyId()));
    }
    return b.build();
  }

  private static Optional<VolumeId> volumeId(String text) {
    // Copied snapshots name the placeholder volume vol-ffffffff; any id that is not a real id is dropped.
    try {
      return text == null || text.isEmpty() ? Optional.empty() : Optional.of(VolumeId.of(text));
    } catch (AmiValidationException notAnId) {
      return Optional.empty();
    }
  }
}
