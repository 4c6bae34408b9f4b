package io.ami4j;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.call.DryRunVerdict;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.Batches;
import io.ami4j.internal.spec.DryRuns;
import io.ami4j.internal.spec.Paging;
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
 * for the accounts too. Public sharing has its own guarded call, {@link #makePublic()}.
 *
 * <pre>{@code
 * SharingResult r = amis.sharing(id)
 *     .grant(LaunchPermission.account("123456789012"),
 *            LaunchPermission.organization("arn:aws:organizations::123456789012:organization/o-exampleorgid"))
 *     .revoke(LaunchPermission.account("210987654321"))
 *     .includeSnapshots()
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
  public static final int ENTRIES_PER_CALL = 200;
  /** EC2's limit of sharing entities (accounts, organizations, OUs) per image. */
  public static final int MAX_ENTITIES = 1000;
  /** EC2's limit of public images per account and region. */
  public static final int MAX_PUBLIC_IMAGES = 5;

  private final Engine engine;
  private final ImageId image;
  private final Set<LaunchPermission> grants = new LinkedHashSet<>();
  private final Set<LaunchPermission> revokes = new LinkedHashSet<>();
  private boolean includeSnapshots;
  private Region region;

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
  public SharingSpec includeSnapshots() {
    this.includeSnapshots = true;
    return this;
  }

  /**
   * Who may launch the image now.
   *
   * @return the launch permissions
   */
  public List<LaunchPermission> list() {
    return engine.runner().callNow(region, Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE,
        c -> engine.provider().describeLaunchPermissions(c, image));
  }

  /**
   * Applies the grants and revocations.
   *
   * @return what was done and what is left to do (KMS keys to share)
   * @throws AmiValidationException when nothing is to change, or the snapshots use the AWS-managed EBS key
   * @throws AmiQuotaExceededException when the image would have more than {@value #MAX_ENTITIES} entities
   */
  public SharingResult apply() {
    Plan plan = plan();
    int calls = 0;
    for (List<List<LaunchPermission>> batch : Batches.addRemove(plan.add, plan.remove, ENTRIES_PER_CALL)) {
      engine.runner().callNow(region, Ec2Action.MODIFY_IMAGE_ATTRIBUTE, c -> {
        engine.provider().modifyLaunchPermissions(c, image, batch.get(0), batch.get(1));
        return null;
      });
      calls++;
    }
    List<SnapshotId> changed = new ArrayList<>();
    for (SnapshotId s : plan.snapshots) {
      for (List<List<VolumePermission>> batch : Batches.addRemove(plan.volumeAdd, plan.volumeRemove, ENTRIES_PER_CALL)) {
        engine.runner().callNow(region, Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE, c -> {
          engine.provider().modifyVolumePermissions(c, s, batch.get(0), batch.get(1));
          return null;
        });
      }
      changed.add(s);
    }
    return result(image, plan.add, plan.remove, calls, changed, plan.keys, plan.notes);
  }

  /**
   * Asks the backend whether the change would be allowed, after ami4j's own checks; changes nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRun() {
    Plan plan;
    try {
      plan = plan();
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
   * Removes every launch permission (ResetImageAttribute), and with {@link #includeSnapshots()}
   * every account's {@code createVolumePermission} on the snapshots.
   *
   * @return what was revoked
   */
  public SharingResult reset() {
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

  /**
   * Asks the backend whether {@link #reset()} would be allowed (EC2's {@code DryRun} on
   * ResetImageAttribute and, with {@link #includeSnapshots()}, on each ModifySnapshotAttribute);
   * changes nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRunReset() {
    List<CompletableFuture<DryRunResult>> runs = new ArrayList<>();
    runs.add(engine.runner().dryRun(region, Ec2Action.RESET_IMAGE_ATTRIBUTE,
        c -> engine.provider().resetLaunchPermissions(c, image)));
    for (Map.Entry<SnapshotId, List<VolumePermission>> e : snapshotGrants().entrySet()) {
      runs.add(engine.runner().dryRun(region, Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE,
          c -> engine.provider().modifyVolumePermissions(c, e.getKey(), List.of(), e.getValue())));
    }
    return DryRuns.combine(engine.runner(), runs);
  }

  /** With {@link #includeSnapshots()}: each snapshot's account grants, to revoke; else nothing. */
  private Map<SnapshotId, List<VolumePermission>> snapshotGrants() {
    Map<SnapshotId, List<VolumePermission>> out = new LinkedHashMap<>();
    if (includeSnapshots) {
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

  /**
   * Makes the image public — only after checking that the account's image block public access
   * is off in the region, that the account has fewer than {@value #MAX_PUBLIC_IMAGES} public
   * images there, and that no snapshot is encrypted (EC2 cannot share encrypted snapshots publicly).
   *
   * @return the change
   * @throws AmiPermissionDeniedException when block public access is on, saying how to turn it off
   * @throws AmiQuotaExceededException when the account already has {@value #MAX_PUBLIC_IMAGES} public images, naming them
   * @throws AmiValidationException when a snapshot is encrypted
   */
  public SharingResult makePublic() {
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

  /**
   * Runs {@link #makePublic()}'s checks (block public access, the public-image quota, encrypted
   * snapshots), then asks the backend whether the change would be allowed (EC2's {@code DryRun});
   * changes nothing.
   *
   * @return the verdict: refused with ami4j's or EC2's reason, or allowed
   */
  public DryRunResult dryRunMakePublic() {
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
    for (Snapshot s : snapshots(img)) {
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

  private List<Snapshot> snapshots(Image img) {
    List<SnapshotId> ids = img.snapshotIds();
    if (ids.isEmpty()) {
      return List.of();
    }
    SnapshotQuery q = SnapshotQuery.byIds(ids);
    return Paging.all(engine.runner(), region, Ec2Action.DESCRIBE_SNAPSHOTS,
        (c, p) -> engine.provider().describeSnapshots(c, q, p));
  }

  private Plan plan() {
    Check.that(!grants.isEmpty() || !revokes.isEmpty(), "sharing", image,
        "must grant or revoke at least one launch permission");
    Check.that(grants.size() <= MAX_ENTITIES, "launchPermissions", grants.size() + " grants",
        "must be at most " + MAX_ENTITIES + " sharing entities per image (EC2's limit; an organization or OU"
            + " counts as one): share with organizations or OUs instead of many accounts");
    Plan plan = new Plan();
    List<LaunchPermission> current = list();
    grants.stream().filter(g -> !current.contains(g)).forEach(plan.add::add);
    revokes.stream().filter(current::contains).forEach(plan.remove::add);
    long after = current.stream().filter(p -> !p.isPublic() && !plan.remove.contains(p)).count() + plan.add.size();
    if (after > MAX_ENTITIES) {
      throw new AmiQuotaExceededException("ami4j.SharingQuota", "Refusing to share " + image + ": it would have "
          + after + " sharing entities and EC2 allows " + MAX_ENTITIES
          + " per image. Share with organizations or OUs (one entity each) instead of many accounts.", null);
    }
    if (!grants.isEmpty() || includeSnapshots) {
      Image img = new ImageFinder(engine, region).get(image);
      for (Snapshot s : snapshots(img)) {
        if (!s.encrypted() || grants.isEmpty()) {
          continue;
        }
        KmsKey key = s.kmsKey().orElse(null);
        if (key == null) {
          plan.notes.add("Snapshot " + s.id() + " is encrypted with a key the backend did not name:"
              + " make sure the grantees may use it");
          continue;
        }
        if (awsManaged(key, plan.notes)) {
          throw new AmiValidationException("snapshot", s.id(), "is encrypted with the AWS-managed key " + key
              + " (the account's default EBS key, alias/aws/ebs), which no other account can use: copy the image with"
              + " copy(id).encryptedWith(region -> KmsKey.alias(\"…\")) to a customer-managed key and share the copy");
        }
        plan.keys.add(key);
      }
      if (!plan.keys.isEmpty()) {
        plan.notes.add("The snapshots are encrypted with customer-managed KMS keys " + plan.keys
            + ": share them (key policy or grant) with the same accounts, or they cannot launch or copy the image");
      }
      if (includeSnapshots) {
        plan.snapshots.addAll(img.snapshotIds());
        plan.add.stream().filter(p -> p.kind() == LaunchPermission.Kind.ACCOUNT)
            .forEach(p -> plan.volumeAdd.add(VolumePermission.account(io.ami4j.model.AccountId.of(p.value()))));
        plan.remove.stream().filter(p -> p.kind() == LaunchPermission.Kind.ACCOUNT)
            .forEach(p -> plan.volumeRemove.add(VolumePermission.account(io.ami4j.model.AccountId.of(p.value()))));
        if (plan.volumeAdd.isEmpty() && plan.volumeRemove.isEmpty()) {
          plan.snapshots.clear();
        }
        if (plan.add.stream().anyMatch(p -> p.kind() != LaunchPermission.Kind.ACCOUNT)) {
          plan.notes.add("Organizations and OUs get no snapshot permission (EC2 has none for them):"
              + " they can launch the image but not copy it");
        }
      }
    }
    return plan;
  }

  /**
   * Whether AWS manages the key, decided by the key itself (KMS DescribeKey, once per key): EC2
   * names a snapshot's key by its ARN, which says nothing of who manages it. When KMS cannot be
   * asked (no {@code kms:DescribeKey} permission, or the key is gone), only the name can tell,
   * and a note says so.
   */
  private boolean awsManaged(KmsKey key, List<String> notes) {
    try {
      return engine.keys().describe(region, key).isAwsManaged();
    } catch (AmiPermissionDeniedException | AmiNotFoundException e) {
      notes.add("KMS could not describe key " + key + " (" + e.errorCode() + "): whether AWS manages it was"
          + " judged by its name only; make sure the grantees may use it");
      return key.isAwsManagedDefault();
    }
  }

  /** The calls a change needs. */
  private static final class Plan {
    final List<LaunchPermission> add = new ArrayList<>();
    final List<LaunchPermission> remove = new ArrayList<>();
    final List<SnapshotId> snapshots = new ArrayList<>();
    final List<VolumePermission> volumeAdd = new ArrayList<>();
    final List<VolumePermission> volumeRemove = new ArrayList<>();
    final Set<KmsKey> keys = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();
  }

  private static SharingResult result(ImageId image, List<LaunchPermission> granted, List<LaunchPermission> revoked,
      int calls, List<SnapshotId> changed, Set<KmsKey> keys, List<String> notes) {
    return SharingResult.builder().imageId(image).granted(granted).revoked(revoked).modifyCalls(calls)
        .snapshotsChanged(changed).kmsKeysToShare(keys).notes(notes).build();
  }
}
