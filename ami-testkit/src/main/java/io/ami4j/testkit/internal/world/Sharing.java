package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Call;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Launch permissions of images, create-volume permissions of snapshots, and the account's image
 * block-public-access guard.
 */
final class Sharing extends AccountOps {
  /** EC2's limit of sharing entities per image (an organization or OU counts as one). */
  static final int ENTITIES_PER_IMAGE = 1_000;
  /** EC2's limit of public images per account and region. */
  static final int PUBLIC_IMAGES_PER_REGION = 5;

  Sharing(World world, AccountId account) {
    super(world, account);
  }

  List<LaunchPermission> describe(Call call, ImageId imageId) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      return List.copyOf(w.ownedImage(me, r, imageId, w.now()).grants);
    }
  }

  void modify(Call call, ImageId imageId, List<LaunchPermission> add, List<LaunchPermission> remove) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      ImageRecord img = w.ownedImage(me, r, imageId, now);
      ImageState state = img.state(now);
      if (state == ImageState.DEREGISTERED) {
        throw w.error("InvalidAMIID.Unavailable", "The image id '[" + imageId + "]' is no longer available");
      }
      if (state == ImageState.DISABLED && !add.isEmpty()) {
        throw w.error("IncorrectState", "Image " + imageId + " is disabled; enable it before sharing it");
      }
      Set<LaunchPermission> next = new LinkedHashSet<>(img.grants);
      next.addAll(add);
      next.removeAll(remove);
      boolean newlyPublic = !img.isPublic() && next.contains(LaunchPermission.publicAccess());
      if (newlyPublic) {
        if (w.account(me).blockPublicAccess.contains(r.region)) {
          throw w.error("OperationNotPermitted", "You can't publicly share this image because block public"
              + " access for AMIs is enabled for this account. To publicly share the image, you must call"
              + " the DisableImageBlockPublicAccess API.");
        }
        long publicImages = r.images.values().stream()
            .filter(i -> i.owner.equals(me) && i.isRegistered() && i.isPublic()).count();
        if (publicImages >= PUBLIC_IMAGES_PER_REGION) {
          throw w.error("ResourceLimitExceeded", "You have reached the quota of " + PUBLIC_IMAGES_PER_REGION
              + " public images in " + r.region + "; make another image private first");
        }
      }
      long entities = next.stream().filter(p -> !p.isPublic()).count();
      if (entities > ENTITIES_PER_IMAGE) {
        throw w.error("ResourceLimitExceeded", "An image can be shared with at most " + ENTITIES_PER_IMAGE
            + " accounts, organizations and organizational units; " + imageId + " would have " + entities);
      }
      stopIfDryRun(call);
      if (next.equals(img.grants)) {
        return;
      }
      img.grants.clear();
      img.grants.addAll(next);
      log(call, "ModifyImageAttribute", imageId.value(), "launchPermission add " + add + " remove " + remove);
    }
  }

  void reset(Call call, ImageId imageId) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      ImageRecord img = w.ownedImage(me, r, imageId, w.now());
      stopIfDryRun(call);
      if (!img.grants.isEmpty()) {
        img.grants.clear();
        log(call, "ResetImageAttribute", imageId.value(), "launchPermission reset");
      }
    }
  }

  void cancel(Call call, ImageId imageId) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      ImageRecord img = w.visibleImage(me, r, imageId, w.now());
      if (img.owner.equals(me)) {
        throw w.error("InvalidParameterValue", "Image " + imageId + " is your own; CancelImageLaunchPermission"
            + " only removes an image shared with your account (use ModifyImageAttribute)");
      }
      LaunchPermission mine = LaunchPermission.account(me);
      if (!img.grants.contains(mine)) {
        throw w.error("InvalidParameterValue", "Image " + imageId + " is not shared with account " + me
            + " directly (it is public or shared with your organization)");
      }
      stopIfDryRun(call);
      img.grants.remove(mine);
      log(call, "CancelImageLaunchPermission", imageId.value(), "account " + me + " removed itself");
    }
  }

  BlockPublicAccessState blockPublicAccess(Call call) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      return w.account(me).blockPublicAccess.contains(r.region)
          ? BlockPublicAccessState.BLOCK_NEW_SHARING : BlockPublicAccessState.UNBLOCKED;
    }
  }

  void setBlockPublicAccess(Call call, boolean block) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      stopIfDryRun(call);
      Set<Region> blocked = w.account(me).blockPublicAccess;
      if (block ? blocked.add(r.region) : blocked.remove(r.region)) {
        log(call, block ? "EnableImageBlockPublicAccess" : "DisableImageBlockPublicAccess", me.value(),
            block ? "block-new-sharing" : "unblocked");
      }
    }
  }

  List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      return List.copyOf(ownedSnapshot(r, snapshotId).createVolumePermissions);
    }
  }

  void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      SnapshotRecord snap = ownedSnapshot(r, snapshotId);
      if (snap.encrypted && add.contains(VolumePermission.publicAccess())) {
        throw w.error("InvalidParameterValue", "Encrypted snapshot " + snapshotId + " cannot be made public");
      }
      if (snap.encrypted && snap.kmsKey != null && r.keys.isAwsManaged(snap.owner, snap.kmsKey) && !add.isEmpty()) {
        throw w.error("InvalidParameterValue", "Snapshot " + snapshotId + " is encrypted with the AWS managed"
            + " key alias/aws/ebs, which cannot be shared; copy it with a customer managed key first");
      }
      stopIfDryRun(call);
      Set<VolumePermission> next = new LinkedHashSet<>(snap.createVolumePermissions);
      next.addAll(add);
      next.removeAll(remove);
      if (!next.equals(snap.createVolumePermissions)) {
        snap.createVolumePermissions.clear();
        snap.createVolumePermissions.addAll(next);
        log(call, "ModifySnapshotAttribute", snapshotId.value(),
            "createVolumePermission add " + add + " remove " + remove);
      }
    }
  }

  private SnapshotRecord ownedSnapshot(RegionState r, SnapshotId id) {
    SnapshotRecord snap = r.snapshots.get(id);
    if (snap == null || !snap.usableBy(me)) {
      throw w.snapshotNotFound(id);
    }
    if (!snap.owner.equals(me)) {
      throw w.error("AuthFailure", "Not authorized for snapshot " + id + " (it belongs to account " + snap.owner + ")");
    }
    return snap;
  }
}
