package io.ami4j;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.call.DryRunVerdict;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.Batches;
import io.ami4j.internal.spec.DryRuns;
import io.ami4j.internal.spec.Sharing;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.SnapshotQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Shares an image: grants and revokes launch permission for accounts, organizations and OUs, many
 * entries per ModifyImageAttribute call; optionally the snapshots' {@code createVolumePermission}
 * for the accounts too. Public sharing has its own guarded mode, {@link #makePublic()}, and
 * {@link #reset()} removes every permission; each ends in {@link #apply()} or {@link #dryRun()}.
 *
 * <pre>{@code
 * SharingResult r = amis.sharing(id)
 *     .grant(LaunchPermission.account("123456789012"),
 *            LaunchPermission.organization("arn:aws:organizations::123456789012:organization/o-exampleorgid"))
 *     .revoke(LaunchPermission.account("210987654321"))
 *     .shareSnapshots()
 *     .apply();
 * }</pre>
 *
 * <p>Refused before any change: sharing an image whose snapshots are encrypted with the
 * AWS-managed default EBS key ({@code alias/aws/ebs}; no other account can ever use it), decided
 * by the key itself through KMS {@code DescribeKey} ({@code KeyManager} {@code AWS}), since EC2
 * names a snapshot's key by its ARN; and more
 * than {@value #MAX_ENTITIES} sharing entities on one image.
 */
public final class SharingSpec {
  /** Launch-permission entries per ModifyImageAttribute call (as many as an EC2 filter takes values). */
  public static final int ENTRIES_PER_CALL = Sharing.ENTRIES_PER_CALL;
  /** EC2's limit of sharing entities (accounts, organizations, OUs) per image. */
  public static final int MAX_ENTITIES = Sharing.MAX_ENTITIES;
  /** EC2's limit of public images per account and region. */
  public static final int MAX_PUBLIC_IMAGES = 5;

  private final Engine engine;
  private final ImageId image;
  private final Set<LaunchPermission> grants = new LinkedHashSet<>();
  private final Set<LaunchPermission> revokes = new LinkedHashSet<>();
  private boolean shareSnapshots;
  private Region region;
  private Mode mode = Mode.CHANGE;

  /** What {@link #apply()} and {@link #dryRun()} do. */
  private enum Mode {
    CHANGE, RESET, PUBLIC
  }

  SharingSpec(Engine engine, ImageId image) {
    this.engine = engine;
    this.image = image;
    this.region = engine.defaultRegion();
  }

  /**
   * The image's region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public SharingSpec in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * Grants launch permission.
   *
   * @param permissions accounts, organizations, OUs (public only through {@link #makePublic()})
   * @return this spec
   */
  public SharingSpec grant(LaunchPermission... permissions) {
    for (LaunchPermission p : Check.notNull("launchPermissions", permissions)) {
      Check.notNull("launchPermission", p);
      Check.that(!p.isPublic(), "launchPermission", p,
          "must not be public here: making an image public is a separate, guarded call: sharing(id).makePublic()");
      grants.add(p);
    }
    return this;
  }

  /**
   * Revokes launch permission.
   *
   * @param permissions accounts, organizations, OUs, or public
   * @return this spec
   */
  public SharingSpec revoke(LaunchPermission... permissions) {
    for (LaunchPermission p : Check.notNull("launchPermissions", permissions)) {
      revokes.add(Check.notNull("launchPermission", p));
    }
    return this;
  }

  /**
   * Also grants and revokes {@code createVolumePermission} on each of the image's snapshots for
   * the accounts (needed to copy a shared image; organizations and OUs have no snapshot
   * permission).
   *
   * @return this spec
   */
  public SharingSpec shareSnapshots() {
    this.shareSnapshots = true;
    return this;
  }

  /**
   * Who may launch the image now.
   *
   * @return the launch permissions
   */
  public List<LaunchPermission> list() {
    return sharing().list();
  }

  private Sharing sharing() {
    return new Sharing(engine, region, image);
  }

  /**
   * Applies the grants and revocations — or, after {@link #reset()} or {@link #makePublic()},
   * that change.
   *
   * @return what was done and what is left to do (KMS keys to share)
   * @throws AmiValidationException when nothing is to change, or the snapshots use the AWS-managed EBS key
   * @throws AmiQuotaExceededException when the image would have more than {@value #MAX_ENTITIES} entities
   */
  public SharingResult apply() {
    checkMode();
    if (mode == Mode.RESET) {
      return applyReset();
    }
    if (mode == Mode.PUBLIC) {
      return applyPublic();
    }
    Sharing.Plan plan = sharing().apply(grants, revokes, shareSnapshots);
    return result(image, plan.add, plan.remove, plan.modifyCalls, plan.changed, plan.keys, plan.notes);
  }

  /**
   * Asks the backend whether the change would be allowed, after ami4j's own checks; changes nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRun() {
    checkMode();
    if (mode == Mode.RESET) {
      return resetDryRun();
    }
    if (mode == Mode.PUBLIC) {
      return publicDryRun();
    }
    Sharing.Plan plan;
    try {
      plan = sharing().plan(grants, revokes, shareSnapshots);
    } catch (AmiException e) {
      return DryRunVerdict.refusal(e);
    }
    List<CompletableFuture<DryRunResult>> runs = new ArrayList<>();
    for (List<List<LaunchPermission>> batch : Batches.addRemove(plan.add, plan.remove, ENTRIES_PER_CALL)) {
      runs.add(engine.runner().dryRun(region, Ec2Action.MODIFY_IMAGE_ATTRIBUTE,
          c -> engine.provider().modifyLaunchPermissions(c, image, batch.get(0), batch.get(1))));
    }
    for (SnapshotId s : plan.snapshots) {
      runs.add(engine.runner().dryRun(region, Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE,
          c -> engine.provider().modifyVolumePermissions(c, s, plan.volumeAdd, plan.volumeRemove)));
    }
    return runs.isEmpty() ? DryRunResult.allowed("nothing to change") : DryRuns.combine(engine.runner(), runs);
  }

  /**
   * Makes {@link #apply()} remove every launch permission (ResetImageAttribute), and with
   * {@link #shareSnapshots()} every account's {@code createVolumePermission} on the snapshots;
   * {@link #dryRun()} asks whether that would be allowed. Not combined with grants or revocations.
   *
   * <pre>{@code SharingResult revoked = amis.sharing(id).reset().apply(); }</pre>
   *
   * @return this spec
   */
  public SharingSpec reset() {
    toMode(Mode.RESET);
    return this;
  }

  /**
   * Makes {@link #apply()} make the image public — only after checking that the account's image
   * block public access is off in the region, that the account has fewer than
   * {@value #MAX_PUBLIC_IMAGES} public images there, and that no snapshot is encrypted (EC2 cannot
   * share encrypted snapshots publicly); {@link #dryRun()} runs the same checks, then asks the
   * backend. Not combined with grants, revocations or a reset. On {@link #apply()}:
   * {@link AmiPermissionDeniedException} when block public access is on, saying how to turn it
   * off; {@link AmiQuotaExceededException} when the account already has
   * {@value #MAX_PUBLIC_IMAGES} public images, naming them; {@link AmiValidationException} when a
   * snapshot is encrypted.
   *
   * <pre>{@code SharingResult r = amis.sharing(id).makePublic().apply(); }</pre>
   *
   * @return this spec
   */
  public SharingSpec makePublic() {
    toMode(Mode.PUBLIC);
    return this;
  }

  private void toMode(Mode next) {
    Check.that(mode == Mode.CHANGE || mode == next, name(next), image,
        "cannot be combined with " + name(mode) + ": use separate specs");
    this.mode = next;
  }

  private static String name(Mode m) {
    return m == Mode.RESET ? "reset()" : "makePublic()";
  }

  private void checkMode() {
    if (mode != Mode.CHANGE) {
      String what = name(mode);
      Check.that(grants.isEmpty() && revokes.isEmpty(), what, image,
          "cannot be combined with grant(…) or revoke(…): use separate specs");
      Check.that(mode != Mode.PUBLIC || !shareSnapshots, what, image,
          "cannot be combined with shareSnapshots(): makePublic() grants public launch permission only and never"
              + " makes snapshots public");
    }
  }

  private SharingResult applyReset() {
    List<LaunchPermission> before = list();
    engine.runner().callNow(region, Ec2Action.RESET_IMAGE_ATTRIBUTE, c -> {
      engine.provider().resetLaunchPermissions(c, image);
      return null;
    });
    List<SnapshotId> changed = new ArrayList<>();
    for (Map.Entry<SnapshotId, List<VolumePermission>> e : snapshotGrants().entrySet()) {
      engine.runner().callNow(region, Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE, c -> {
        engine.provider().modifyVolumePermissions(c, e.getKey(), List.of(), e.getValue());
        return null;
      });
      changed.add(e.getKey());
    }
    return result(image, List.of(), before, 1, changed, Set.of(), List.of());
  }

  /** EC2's {@code DryRun} on ResetImageAttribute and, with the snapshots, each ModifySnapshotAttribute. */
  private DryRunResult resetDryRun() {
    List<CompletableFuture<DryRunResult>> runs = new ArrayList<>();
    runs.add(engine.runner().dryRun(region, Ec2Action.RESET_IMAGE_ATTRIBUTE,
        c -> engine.provider().resetLaunchPermissions(c, image)));
    for (Map.Entry<SnapshotId, List<VolumePermission>> e : snapshotGrants().entrySet()) {
      runs.add(engine.runner().dryRun(region, Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE,
          c -> engine.provider().modifyVolumePermissions(c, e.getKey(), List.of(), e.getValue())));
    }
    return DryRuns.combine(engine.runner(), runs);
  }

  /** With {@link #shareSnapshots()}: each snapshot's account grants, to revoke; else nothing. */
  private Map<SnapshotId, List<VolumePermission>> snapshotGrants() {
    Map<SnapshotId, List<VolumePermission>> out = new LinkedHashMap<>();
    if (shareSnapshots) {
      for (SnapshotId s : new ImageFinder(engine, region).get(image).snapshotIds()) {
        List<VolumePermission> current = engine.runner().callNow(region, Ec2Action.DESCRIBE_SNAPSHOT_ATTRIBUTE,
            c -> engine.provider().describeVolumePermissions(c, s));
        if (!current.isEmpty()) {
          out.put(s, current);
        }
      }
    }
    return out;
  }

  private SharingResult applyPublic() {
    if (!checkPublic()) {
      return result(image, List.of(), List.of(), 0, List.of(), Set.of(),
          List.of(image + " is already public"));
    }
    engine.runner().callNow(region, Ec2Action.MODIFY_IMAGE_ATTRIBUTE, c -> {
      engine.provider().modifyLaunchPermissions(c, image, List.of(LaunchPermission.publicAccess()), List.of());
      return null;
    });
    return result(image, List.of(LaunchPermission.publicAccess()), List.of(), 1, List.of(), Set.of(),
        List.of(image + " is now public: anyone may launch it"));
  }

  /** The public share's checks, then EC2's {@code DryRun}: refused with ami4j's or EC2's reason, or allowed. */
  private DryRunResult publicDryRun() {
    try {
      if (!checkPublic()) {
        return DryRunResult.allowed(image + " is already public: nothing to change");
      }
    } catch (AmiPermissionDeniedException | AmiQuotaExceededException | AmiValidationException e) {
      return DryRunResult.refused(e.errorCode(), e.getMessage());
    }
    return engine.runner().join(engine.runner().dryRun(region, Ec2Action.MODIFY_IMAGE_ATTRIBUTE,
        c -> engine.provider().modifyLaunchPermissions(c, image, List.of(LaunchPermission.publicAccess()), List.of())));
  }

  /** The guards of a public share; false when the image is public already. */
  private boolean checkPublic() {
    BlockPublicAccessState bpa = engine.runner().callNow(region, Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE,
        c -> engine.provider().getImageBlockPublicAccessState(c));
    if (bpa == BlockPublicAccessState.BLOCK_NEW_SHARING) {
      throw new AmiPermissionDeniedException("ami4j.BlockPublicAccess", "Refusing to make " + image
          + " public: image block public access is on (block-new-sharing) for the account in " + region
          + ". If public sharing is really intended, turn it off first (DisableImageBlockPublicAccess).", null);
    }
    Image img = new ImageFinder(engine, region).get(image);
    if (img.isPublic()) {
      return false;
    }
    for (Snapshot s : sharing().snapshots(img)) {
      Check.that(!s.encrypted(), "snapshot", s.id(),
          "is encrypted: EC2 cannot make an image with encrypted snapshots public");
    }
    List<Image> publicOnes = new ImageFinder(engine, region).query().ownedBy(Owner.SELF).isPublic(true).list();
    List<ImageId> others = publicOnes.stream().map(Image::id).filter(i -> !i.equals(image)).collect(Collectors.toList());
    if (others.size() >= MAX_PUBLIC_IMAGES) {
      throw new AmiQuotaExceededException("ami4j.PublicImageQuota", "Refusing to make " + image
          + " public: the account already has " + others.size() + " public images in " + region + " " + others
          + " and EC2 allows " + MAX_PUBLIC_IMAGES + ". Make one of them private first.", null);
    }
    return true;
  }


  private static SharingResult result(ImageId image, List<LaunchPermission> granted, List<LaunchPermission> revoked,
      int calls, List<SnapshotId> changed, Set<KmsKey> keys, List<String> notes) {
    return SharingResult.builder().imageId(image).granted(granted).revoked(revoked).modifyCalls(calls)
        .snapshotsChanged(changed).kmsKeysToShare(keys).notes(notes).build();
  }
}
