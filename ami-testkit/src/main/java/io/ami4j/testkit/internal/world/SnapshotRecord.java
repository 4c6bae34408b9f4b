package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.VolumeId;
import io.ami4j.model.VolumePermission;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One EBS snapshot as the world keeps it: {@code pending} until {@link #readyAt}, then completed. */
final class SnapshotRecord {
  final SnapshotId id;
  final AccountId owner;
  final VolumeId volumeId;
  final int sizeGiB;
  final Instant started;
  final Instant readyAt;
  final String description;
  final boolean encrypted;
  final KmsKey kmsKey;
  final Set<VolumePermission> createVolumePermissions = new LinkedHashSet<>();

  SnapshotRecord(SnapshotId id, AccountId owner, VolumeId volumeId, int sizeGiB, Instant started,
      Instant readyAt, String description, boolean encrypted, KmsKey kmsKey) {
    this.id = id;
    this.owner = owner;
    this.volumeId = volumeId;
    this.sizeGiB = sizeGiB;
    this.started = started;
    this.readyAt = readyAt;
    this.description = description;
    this.encrypted = encrypted;
    this.kmsKey = kmsKey;
  }

  SnapshotState state(Instant now) {
    return now.isBefore(readyAt) ? SnapshotState.PENDING : SnapshotState.COMPLETED;
  }

  boolean usableBy(AccountId account) {
    return owner.equals(account) || createVolumePermissions.contains(VolumePermission.publicAccess())
        || createVolumePermissions.contains(VolumePermission.account(account));
  }

  Snapshot view(Instant now, Map<String, String> tags) {
    return Snapshot.builder()
        .id(id)
        .ownerId(owner)
        .volumeId(volumeId)
        .volumeSize(sizeGiB)
        .state(state(now))
        .startTime(started)
        .description(description)
        .encrypted(encrypted)
        .kmsKey(kmsKey)
        .tags(tags)
        .build();
  }
}
