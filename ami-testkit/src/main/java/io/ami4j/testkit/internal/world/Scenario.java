package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Scenario setup that is not an EC2 call: seeding the catalog, organizations, marketplace
 * subscriptions, Recycle Bin rules, launch templates and snapshots to register from.
 */
public final class Scenario {
  private final World w;

  /**
   * Setup for a world.
   *
   * @param world the world
   */
  public Scenario(World world) {
    this.w = world;
  }

  /** Seeds the public catalog and its SSM parameters in every region. */
  public void seedCatalog() {
    synchronized (w) {
      Catalog.registerAliases(w);
      Catalog catalog = new Catalog(w);
      for (RegionState r : w.regions.values()) {
        catalog.seed(r);
      }
    }
  }

  /**
   * Puts an account into an organization and, optionally, one of its OUs.
   *
   * @param account the account
   * @param org the organization
   * @param ou the OU, or {@code null}
   */
  public void joinOrganization(AccountId account, OrganizationArn org, OrganizationalUnitArn ou) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(org, "org");
    if (ou != null && !ou.organizationId().equals(org.organizationId())) {
      throw new IllegalArgumentException("OU " + ou + " does not belong to organization " + org);
    }
    synchronized (w) {
      AccountState a = w.account(account);
      a.organization = org;
      a.organizationalUnit = ou;
    }
  }

  /**
   * Subscribes an account to a marketplace product.
   *
   * @param account the account
   * @param productCode the product code
   */
  public void subscribe(AccountId account, String productCode) {
    Objects.requireNonNull(productCode, "productCode");
    synchronized (w) {
      w.account(Objects.requireNonNull(account, "account")).subscriptions.add(productCode);
    }
  }

  /**
   * Adds a Recycle Bin retention rule for the account's images in a region.
   *
   * @param account the account
   * @param region the region
   * @param retention how long deregistered images stay restorable
   */
  public void recycleBinRetention(AccountId account, Region region, Duration retention) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("Retention must be positive: " + retention);
    }
    synchronized (w) {
      w.region(region);
      w.account(Objects.requireNonNull(account, "account")).recycleBinRetention.put(region, retention);
    }
  }

  /**
   * Creates a launch template that uses an image.
   *
   * @param account the owner
   * @param region the region
   * @param image an image the account can see
   * @return the template id ({@code lt-…})
   */
  public String createLaunchTemplate(AccountId account, Region region, ImageId image) {
    synchronized (w) {
      RegionState r = w.region(region);
      w.visibleImage(account, r, image, w.now());
      String id = w.ids.launchTemplate();
      r.launchTemplates.put(id, new RegionState.LaunchTemplate(id, account, image));
      w.record(account, region, "CreateLaunchTemplate", id, "uses " + image);
      return id;
    }
  }

  /**
   * Creates a completed snapshot, to register an image from.
   *
   * @param account the owner
   * @param region the region
   * @param sizeGiB its size
   * @param kmsKey the key that encrypts it, or {@code null} for an unencrypted snapshot
   * @return the snapshot id
   */
  public SnapshotId createSnapshot(AccountId account, Region region, int sizeGiB, KmsKey kmsKey) {
    if (sizeGiB < 1 || sizeGiB > 65_536) {
      throw new IllegalArgumentException("Snapshot size must be 1 to 65536 GiB: " + sizeGiB);
    }
    synchronized (w) {
      RegionState r = w.region(region);
      Instant now = w.now();
      SnapshotId id = w.ids.snapshot();
      r.snapshots.put(id, new SnapshotRecord(id, account, w.ids.volume(), sizeGiB, now, now,
          "Created by the scenario", kmsKey != null, r.keys.arnOf(account, kmsKey)));
      w.record(account, region, "CreateSnapshot", id.value(), sizeGiB + " GiB"
          + (kmsKey == null ? "" : " encrypted with " + kmsKey));
      return id;
    }
  }

  /**
   * Makes every answer about an image carry {@code text} for one of its enum fields, as a backend
   * with values ami4j does not know (or an odd one, like moto's {@code rootDeviceType} {@code standard})
   * would; the world's own behaviour is unchanged.
   *
   * @param region the region
   * @param image the image
   * @param field one of {@code state}, {@code architecture}, {@code rootDeviceType}, {@code imageType},
   *     {@code virtualizationType}, {@code hypervisor}, {@code bootMode}, {@code tpmSupport}, {@code imdsSupport}
   * @param text EC2's text to answer
   */
  public void answerImageFieldAs(Region region, ImageId image, String field, String text) {
    OddValues.check(field, text);
    synchronized (w) {
      ImageRecord rec = w.region(region).images.get(image);
      if (rec == null) {
        throw io.ami4j.AmiValidationException.of("image", image, "must exist in " + region);
      }
      rec.answeredAs.put(field, text);
    }
  }

  /**
   * Makes every image created, registered or copied from now on answer {@code text} for one of its
   * enum fields, as moto answers {@code rootDeviceType} {@code standard} for every image.
   *
   * @param field a field name, as for {@link #answerImageFieldAs}
   * @param text EC2's text to answer
   */
  public void answerNewImagesFieldAs(String field, String text) {
    OddValues.check(field, text);
    synchronized (w) {
      w.newImagesAnswerAs.put(field, text);
    }
  }

  /**
   * Creates a customer managed KMS key (or finds the one the reference already names).
   *
   * @param account the key's account (for an alias or key id)
   * @param region the key's region
   * @param key an alias, key id or key ARN
   * @return the key's ARN, as EC2 and KMS answer it
   */
  public KmsKey createKmsKey(AccountId account, Region region, KmsKey key) {
    synchronized (w) {
      KmsKey arn = w.region(region).keys.arnOf(account, key);
      w.record(account, region, "CreateKey", arn.value(), "customer managed key " + key);
      return arn;
    }
  }
}
