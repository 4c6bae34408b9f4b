package io.ami4j.testkit.contract;

import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a backend gives the provider contract suite besides its {@link AmiProvider}s: two
 * accounts of one world, two regions, a way to let time pass, and the few things the SPI cannot
 * make by itself (a completed snapshot, a marketplace subscription, an organization).
 *
 * <p>The suite talks to the backend only through the providers and these methods, so the same
 * tests run against the in-memory world, against the AWS provider through the world's HTTP
 * endpoint, and against real EC2.
 *
 * <p>{@link FakeEc2ContractEnvironment} is the environment of the in-memory world; a backend of
 * your own implements this interface:
 *
 * <pre>{@code
 * final class StagingAccounts implements ContractEnvironment {
 *   public AmiProvider owner() { return AwsAmiProvider.builder().credentialsProvider(ownerCredentials).build(); }
 *   public void letTimePass(Duration d) { sleep(d); }          // real time: keep pollInterval() short
 *   public Optional<String> paidProductCode() { return Optional.empty(); }   // skips the paid-image test
 *   // …
 * }
 * }</pre>
 */
public interface ContractEnvironment {

  /** The provider of the account that owns what the suite creates (account A). */
  AmiProvider owner();

  /** The account {@link #owner()} serves, as the backend knows it (not asked through the SPI). */
  AccountId ownerAccount();

  /** A provider of another account of the same backend (account B), to share images with. */
  AmiProvider other();

  /** The account {@link #other()} serves. */
  AccountId otherAccount();

  /** The region the suite works in; it must hold the public Amazon Linux images and their SSM parameters. */
  Region region();

  /** A second region, the destination of copies. */
  Region otherRegion();

  /**
   * The backend's current time: the virtual clock's for a simulated world, the wall clock's for a
   * real one. Deprecation times are computed from it.
   *
   * @return the current time
   */
  Instant now();

  /**
   * Lets {@code duration} of backend time pass, so that pending work can finish. A simulated
   * world advances its virtual clock (never sleeping); a real backend sleeps (a fake on real time
   * should then shorten its pending durations, as the stand-alone server's options allow).
   *
   * @param duration how much time is to pass
   */
  void letTimePass(Duration duration);

  /** How long the suite lets pass between two polls of something pending (EC2's waiters use 15 s). */
  default Duration pollInterval() {
    return Duration.ofSeconds(15);
  }

  /**
   * Whether {@link #letTimePass(Duration)} is cheap because time is simulated: then the suite also
   * checks what takes a day or more to show (the 24-hour cooldown of deregistration protection).
   *
   * @return {@code true} for a virtual clock, {@code false} (the default) for real time
   */
  default boolean simulatesTime() {
    return false;
  }

  /** How long the suite waits at most for something pending to settle before it fails the test. */
  default Duration patience() {
    return Duration.ofHours(2);
  }

  /**
   * A new, completed, unencrypted EBS snapshot owned by {@link #owner()}.
   *
   * @param region where: {@link #region()}, or {@link #recycleBinRegion()}
   * @param sizeGiB its size
   * @return its id
   */
  SnapshotId newSnapshot(Region region, int sizeGiB);

  /** An instance type that launches the suite's x86_64 images, {@code t3.micro} unless overridden. */
  default String instanceType() {
    return "t3.micro";
  }

  /**
   * A KMS key usable in {@link #otherRegion()} to encrypt copies, written as the backend reports
   * it back (for real EC2, a key ARN).
   *
   * @return the key
   */
  KmsKey kmsKeyInOtherRegion();

  /**
   * The marketplace product code of a paid public image in {@link #region()} that neither
   * account has subscribed to yet, if the backend has one and can subscribe an account.
   *
   * @return the product code, or empty to skip the paid-image contract
   */
  Optional<String> paidProductCode();

  /**
   * Subscribes an account to a marketplace product.
   *
   * @param account the account
   * @param productCode the product, one {@link #paidProductCode()} named
   */
  void subscribe(AccountId account, String productCode);

  /**
   * The organization {@link #otherAccount()} belongs to, if the backend models organizations.
   *
   * @return the organization's ARN, or empty to skip the organization contract
   */
  Optional<OrganizationArn> otherAccountOrganization();

  /**
   * The organizational unit {@link #otherAccount()} belongs to, inside
   * {@link #otherAccountOrganization()}.
   *
   * @return the OU's ARN, or empty to skip the OU contract
   */
  Optional<OrganizationalUnitArn> otherAccountOrganizationalUnit();

  /**
   * Whether the suite may make images public (for a few moments, and only when block public
   * access is off), up to EC2's quota of 5 per region, which the suite checks: the owner must have
   * no public image of its own in {@link #region()}. A real account should say {@code false}.
   *
   * @return whether public sharing may be exercised
   */
  default boolean allowsPublicSharing() {
    return false;
  }

  /**
   * A region in which a Recycle Bin retention rule of {@link #ownerAccount()} keeps every
   * deregistered image (with its snapshots) restorable. It must be neither {@link #region()} nor
   * {@link #otherRegion()}, where the suite expects deregistration to be final.
   *
   * @return the region, or empty when the backend has no Recycle Bin
   */
  Optional<Region> recycleBinRegion();

  /**
   * Makes the backend answer {@code text} for one of an image's enum fields from now on — a value
   * ami4j does not know, as EC2 adds them, or an odd one such as moto's {@code rootDeviceType}
   * {@code standard} — so that the suite can check the image is still kept, listed, awaited and
   * deregistered. A real backend cannot be told what to answer: it says {@code false} (the
   * default) and the check is skipped.
   *
   * @param image an image of {@link #ownerAccount()} in {@link #region()}
   * @param field the model's field name: {@code state}, {@code architecture}, {@code rootDeviceType},
   *     {@code imageType}, {@code virtualizationType}, {@code hypervisor}, {@code bootMode},
   *     {@code tpmSupport} or {@code imdsSupport}
   * @param text the text to answer
   * @return whether the backend will answer it
   */
  default boolean answerImageFieldAs(ImageId image, String field, String text) {
    return false;
  }
}
