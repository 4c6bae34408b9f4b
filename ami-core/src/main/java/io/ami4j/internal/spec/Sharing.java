package io.ami4j.internal.spec;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.AmiQuotaExceededException;
import io.ami4j.AmiValidationException;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.call.Paging;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Granting and revoking launch permission on one image, with ami4j's checks: the operation behind
 * the sharing verb and the bake's sharing stage. Each step has a blocking form, for the verb on the
 * caller's thread, and a future, for the bake's chain.
 */
public final class Sharing {
  /** Launch-permission entries per ModifyImageAttribute call (as many as an EC2 filter takes values). */
  public static final int ENTRIES_PER_CALL = 200;
  /** EC2's limit of sharing entities (accounts, organizations, OUs) per image. */
  public static final int MAX_ENTITIES = 1000;

  private final Engine engine;
  private final Region region;
  private final ImageId image;

  /**
   * Sharing of one image.
   *
   * @param engine the engine
   * @param region the image's region
   * @param image the image
   */
  public Sharing(Engine engine, Region region, ImageId image) {
    this.engine = engine;
    this.region = region;
    this.image = image;
  }

  /**
   * Who may launch the image now.
   *
   * @return the launch permissions
   */
  public List<LaunchPermission> list() {
    return engine.join(listAsync());
  }

  private CompletableFuture<List<LaunchPermission>> listAsync() {
    return engine.runner().call(region, Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE,
        c -> engine.provider().describeLaunchPermissions(c, image));
  }

  /**
   * Plans and applies a change, blocking.
   *
   * @param grants launch permissions to grant
   * @param revokes launch permissions to revoke
   * @param shareSnapshots whether the accounts' {@code createVolumePermission} changes too
   * @return the applied plan
   */
  public Plan apply(Set<LaunchPermission> grants, Set<LaunchPermission> revokes, boolean shareSnapshots) {
    return engine.join(applyAsync(grants, revokes, shareSnapshots));
  }

  /**
   * Plans and applies a change without blocking (ami4j's checks on the arguments run at once,
   * before any call).
   *
   * @param grants launch permissions to grant
   * @param revokes launch permissions to revoke
   * @param shareSnapshots whether the accounts' {@code createVolumePermission} changes too
   * @return the applied plan
   */
  public CompletableFuture<Plan> applyAsync(Set<LaunchPermission> grants, Set<LaunchPermission> revokes,
      boolean shareSnapshots) {
    return planAsync(grants, revokes, shareSnapshots).thenCompose(this::applyAsync);
  }

  /**
   * Makes a plan's calls, one after the other, without blocking.
   *
   * @param plan the plan
   * @return the plan, with the calls made
   */
  public CompletableFuture<Plan> applyAsync(Plan plan) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (List<List<LaunchPermission>> batch : Batches.addRemove(plan.add, plan.remove, ENTRIES_PER_CALL)) {
      chain = chain.thenCompose(v -> engine.runner().call(region, Ec2Action.MODIFY_IMAGE_ATTRIBUTE, c -> {
        engine.provider().modifyLaunchPermissions(c, image, batch.get(0), batch.get(1));
        return null;
      })).thenRun(() -> plan.modifyCalls++);
    }
    for (SnapshotId s : plan.snapshots) {
      for (List<List<VolumePermission>> batch : Batches.addRemove(plan.volumeAdd, plan.volumeRemove, ENTRIES_PER_CALL)) {
        chain = chain.thenCompose(v -> engine.runner().call(region, Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE, c -> {
          engine.provider().modifyVolumePermissions(c, s, batch.get(0), batch.get(1));
          return null;
        }));
      }
      chain = chain.thenRun(() -> plan.changed.add(s));
    }
    return chain.thenApply(v -> plan);
  }

  /**
   * The image's snapshots, described (every page).
   *
   * @param img the image
   * @return its snapshots
   */
  public List<Snapshot> snapshots(Image img) {
    return engine.join(snapshotsAsync(img));
  }

  private CompletableFuture<List<Snapshot>> snapshotsAsync(Image img) {
    List<SnapshotId> ids = img.snapshotIds();
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    SnapshotQuery q = SnapshotQuery.byIds(ids);
    return Paging.allAsync(Ec2Action.DESCRIBE_SNAPSHOTS.wireName(), PageRequest.first(), page -> engine.runner().call(region,
        Ec2Action.DESCRIBE_SNAPSHOTS, c -> engine.provider().describeSnapshots(c, q, page)));
  }

  /**
   * Decides the calls a change needs, after ami4j's checks: the grants and revocations that change
   * something, the AWS-managed EBS key (refused), the entity limit, the KMS keys to share.
   *
   * @param grants launch permissions to grant
   * @param revokes launch permissions to revoke
   * @param shareSnapshots whether the accounts' {@code createVolumePermission} changes too
   * @return the plan
   * @throws AmiValidationException when nothing is to change, or the snapshots use the AWS-managed EBS key
   * @throws AmiQuotaExceededException when the image would have more than {@value #MAX_ENTITIES} entities
   */
  public Plan plan(Set<LaunchPermission> grants, Set<LaunchPermission> revokes, boolean shareSnapshots) {
    return engine.join(planAsync(grants, revokes, shareSnapshots));
  }

  /**
   * {@link #plan} without blocking; the checks on the arguments throw at once, before any call.
   *
   * @param grants launch permissions to grant
   * @param revokes launch permissions to revoke
   * @param shareSnapshots whether the accounts' {@code createVolumePermission} changes too
   * @return the plan
   */
  public CompletableFuture<Plan> planAsync(Set<LaunchPermission> grants, Set<LaunchPermission> revokes,
      boolean shareSnapshots) {
    Check.that(!grants.isEmpty() || !revokes.isEmpty(), "sharing", image,
        "must grant or revoke at least one launch permission");
    Check.that(grants.size() <= MAX_ENTITIES, "launchPermissions", grants.size() + " grants",
        "must be at most " + MAX_ENTITIES + " sharing entities per image (EC2's limit; an organization or OU"
            + " counts as one): share with organizations or OUs instead of many accounts");
    Plan plan = new Plan();
    return listAsync().thenCompose(current -> {
      grants.stream().filter(g -> !current.contains(g)).forEach(plan.add::add);
      revokes.stream().filter(current::contains).forEach(plan.remove::add);
      long after = current.stream().filter(p -> !p.isPublic() && !plan.remove.contains(p)).count() + plan.add.size();
      if (after > MAX_ENTITIES) {
        throw new AmiQuotaExceededException("ami4j.SharingQuota", "Refusing to share " + image + ": it would have "
            + after + " sharing entities and EC2 allows " + MAX_ENTITIES
            + " per image. Share with organizations or OUs (one entity each) instead of many accounts.", null);
      }
      if (grants.isEmpty() && !shareSnapshots) {
        return CompletableFuture.completedFuture(plan);
      }
      return OneImage.describe(engine, region, image, engine.runner().callDeadline()).thenCompose(img ->
          snapshotsAsync(img).thenCompose(snaps -> checkKeys(plan, snaps, 0, !grants.isEmpty())).thenApply(v -> {
            if (!plan.keys.isEmpty()) {
              plan.notes.add("The snapshots are encrypted with customer-managed KMS keys " + plan.keys
                  + ": share them (key policy or grant) with the same accounts, or they cannot launch or copy the"
                  + " image");
            }
            if (shareSnapshots) {
              plan.snapshots.addAll(img.snapshotIds());
              plan.add.stream().filter(p -> p.kind() == LaunchPermission.Kind.ACCOUNT)
                  .forEach(p -> plan.volumeAdd.add(VolumePermission.account(AccountId.of(p.value()))));
              plan.remove.stream().filter(p -> p.kind() == LaunchPermission.Kind.ACCOUNT)
                  .forEach(p -> plan.volumeRemove.add(VolumePermission.account(AccountId.of(p.value()))));
              if (plan.volumeAdd.isEmpty() && plan.volumeRemove.isEmpty()) {
                plan.snapshots.clear();
              }
              if (plan.add.stream().anyMatch(p -> p.kind() != LaunchPermission.Kind.ACCOUNT)) {
                plan.notes.add("Organizations and OUs get no snapshot permission (EC2 has none for them):"
                    + " they can launch the image but not copy it");
              }
            }
            return plan;
          }));
    });
  }

  /** The keys of the encrypted snapshots, one after the other (each asked of KMS once). */
  private CompletableFuture<Void> checkKeys(Plan plan, List<Snapshot> snaps, int from, boolean granting) {
    for (int i = from; i < snaps.size(); i++) {
      Snapshot s = snaps.get(i);
      if (!s.encrypted() || !granting) {
        continue;
      }
      KmsKey key = s.kmsKey().orElse(null);
      if (key == null) {
        plan.notes.add("Snapshot " + s.id() + " is encrypted with a key the backend did not name:"
            + " make sure the grantees may use it");
        continue;
      }
      int next = i + 1;
      return awsManaged(key, plan.notes).thenCompose(managed -> {
        if (managed) {
          throw new AmiValidationException("snapshot", s.id(), "is encrypted with the AWS-managed key " + key
              + " (the account's default EBS key, alias/aws/ebs), which no other account can use: copy the image"
              + " with copy(id).encryptedWith(region -> KmsKey.alias(\"…\")) to a customer-managed key and share"
              + " the copy");
        }
        plan.keys.add(key);
        return checkKeys(plan, snaps, next, granting);
      });
    }
    return CompletableFuture.completedFuture(null);
  }

  /**
   * Whether AWS manages the key, decided by the key itself (KMS DescribeKey, once per key): EC2
   * names a snapshot's key by its ARN, which says nothing of who manages it. When KMS cannot be
   * asked (no {@code kms:DescribeKey} permission, or the key is gone), only the name can tell,
   * and a note says so.
   */
  private CompletableFuture<Boolean> awsManaged(KmsKey key, List<String> notes) {
    return engine.keys().describeAsync(region, key).handle((d, e) -> {
      if (e == null) {
        return d.isAwsManaged();
      }
      Throwable c = CallRunner.unwrap(e);
      if (c instanceof AmiPermissionDeniedException || c instanceof AmiNotFoundException) {
        notes.add("KMS could not describe key " + key + " (" + ((AmiException) c).errorCode() + "): whether AWS"
            + " manages it was judged by its name only; make sure the grantees may use it");
        return key.isAwsManagedDefault();
      }
      throw CallRunner.rethrowable(c);
    });
  }

  /** The calls a change needs, and what was done once applied. */
  public static final class Plan {
    /** Launch permissions to grant. */
    public final List<LaunchPermission> add = new ArrayList<>();
    /** Launch permissions to revoke. */
    public final List<LaunchPermission> remove = new ArrayList<>();
    /** Snapshots whose {@code createVolumePermission} changes. */
    public final List<SnapshotId> snapshots = new ArrayList<>();
    /** Volume permissions to grant on each of them. */
    public final List<VolumePermission> volumeAdd = new ArrayList<>();
    /** Volume permissions to revoke on each of them. */
    public final List<VolumePermission> volumeRemove = new ArrayList<>();
    /** Customer-managed KMS keys the grantees need. */
    public final Set<KmsKey> keys = new LinkedHashSet<>();
    /** Notes for people. */
    public final List<String> notes = new ArrayList<>();
    /** ModifyImageAttribute calls made, once applied. */
    public int modifyCalls;
    /** Snapshots changed, once applied. */
    public final List<SnapshotId> changed = new ArrayList<>();
  }
}
