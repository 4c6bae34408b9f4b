package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.SnapshotId;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a sharing change did: the grants and revocations applied, how many ModifyImageAttribute
 * calls it took, the snapshots whose {@code createVolumePermission} changed, and what is left to
 * the caller — above all the customer-managed KMS keys that must be shared with the same accounts
 * before they can use the image.
 *
 * <pre>{@code
 * SharingResult r = amis.sharing(id).grant(LaunchPermission.account("123456789012")).shareSnapshots().apply();
 * r.kmsKeysToShare().forEach(k -> System.out.println("share KMS key " + k));
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class SharingResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SharingResult}. */
  public static final class Builder extends ImmutableSharingResult.Builder {}

  /** The image. */
  public abstract ImageId imageId();

  /** Launch permissions added (those already present are left out). */
  public abstract List<LaunchPermission> granted();

  /** Launch permissions removed. */
  public abstract List<LaunchPermission> revoked();

  /** How many ModifyImageAttribute calls were made (many entries go into one call). */
  @Value.Default
  public int modifyCalls() {
    return 0;
  }

  /** Snapshots whose {@code createVolumePermission} was changed. */
  public abstract List<SnapshotId> snapshotsChanged();

  /**
   * Customer-managed KMS keys of the image's snapshots: the grantees need them (a key policy
   * grant or a KMS grant) to launch or copy the image.
   */
  public abstract Set<KmsKey> kmsKeysToShare();

  /** What the caller should know or still do, in words. */
  public abstract List<String> notes();

  @Override
  public String toString() {
    return "SharingResult[" + imageId() + ", granted=" + granted() + ", revoked=" + revoked() + ", calls="
        + modifyCalls() + ", snapshots=" + snapshotsChanged() + ", kmsKeysToShare=" + kmsKeysToShare() + ", notes="
        + notes() + "]";
  }
}
