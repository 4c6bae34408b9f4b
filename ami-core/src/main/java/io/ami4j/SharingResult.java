package io.ami4j;

import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.SnapshotId;
import java.util.List;
import java.util.Set;

/**
 * What a sharing change did: the grants and revocations applied, how many ModifyImageAttribute
 * calls it took, the snapshots whose {@code createVolumePermission} changed, and what is left to
 * the caller — above all the customer-managed KMS keys that must be shared with the same accounts
 * before they can use the image.
 *
 * <pre>{@code
 * SharingResult r = amis.sharing(id).grant(LaunchPermission.account("123456789012")).includeSnapshots().apply();
 * r.kmsKeysToShare().forEach(k -> System.out.println("share KMS key " + k));
 * }</pre>
 */
public final class SharingResult {
  private final ImageId imageId;
  private final List<LaunchPermission> granted;
  private final List<LaunchPermission> revoked;
  private final int modifyCalls;
  private final List<SnapshotId> snapshotsChanged;
  private final Set<KmsKey> kmsKeysToShare;
  private final List<String> notes;

  SharingResult(ImageId imageId, List<LaunchPermission> granted, List<LaunchPermission> revoked, int modifyCalls,
      List<SnapshotId> snapshotsChanged, Set<KmsKey> kmsKeysToShare, List<String> notes) {
    this.imageId = imageId;
    this.granted = List.copyOf(granted);
    this.revoked = List.copyOf(revoked);
    this.modifyCalls = modifyCalls;
    this.snapshotsChanged = List.copyOf(snapshotsChanged);
    this.kmsKeysToShare = Set.copyOf(kmsKeysToShare);
    this.notes = List.copyOf(notes);
  }

  /** The image. */
  public ImageId imageId() {
    return imageId;
  }

  /** Launch permissions added (those already present are left out). */
  public List<LaunchPermission> granted() {
    return granted;
  }

  /** Launch permissions removed. */
  public List<LaunchPermission> revoked() {
    return revoked;
  }

  /** How many ModifyImageAttribute calls were made (many entries go into one call). */
  public int modifyCalls() {
    return modifyCalls;
  }

  /** Snapshots whose {@code createVolumePermission} was changed. */
  public List<SnapshotId> snapshotsChanged() {
    return snapshotsChanged;
  }

  /**
   * Customer-managed KMS keys of the image's snapshots: the grantees need them (a key policy
   * grant or a KMS grant) to launch or copy the image.
   */
  public Set<KmsKey> kmsKeysToShare() {
    return kmsKeysToShare;
  }

  /** What the caller should know or still do, in words. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "SharingResult[" + imageId + ", granted=" + granted + ", revoked=" + revoked + ", calls=" + modifyCalls
        + ", snapshots=" + snapshotsChanged + ", kmsKeysToShare=" + kmsKeysToShare + ", notes=" + notes + "]";
  }
}
