package io.ami4j.testkit.internal.world;

import io.ami4j.AmiException;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.StateReason;
import io.ami4j.spi.Ec2Errors;
import io.ami4j.testkit.MutationLog;
import io.ami4j.testkit.Timing;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of every account and region, and the rules that read it. Callers hold the world's
 * monitor ({@code synchronized (world)}) for every read and write: one lock, simple and correct.
 */
public final class World {
  private static final Logger LOG = LoggerFactory.getLogger(World.class);

  /** A scripted image failure: the next image, or images whose name matches a pattern. */
  private record ImageFailure(String namePattern, StateReason reason) {}

  final Clock clock;
  final Timing timing;
  final Ids ids;
  final MutationLog log;
  final Map<Region, RegionState> regions = new LinkedHashMap<>();
  final Map<AccountId, AccountState> accounts = new HashMap<>();
  /** The seller of each marketplace product code: it may launch its product without subscribing. */
  final Map<String, AccountId> productSellers = new HashMap<>();
  private final Deque<ImageFailure> nextImageFailures = new ArrayDeque<>();
  private final List<ImageFailure> namedImageFailures = new ArrayList<>();
  private int failingUserData;
  /** Texts every image made from now on answers for its enum fields (see Scenario#answerNewImagesFieldAs). */
  final Map<String, String> newImagesAnswerAs = new LinkedHashMap<>();

  /**
   * A world with these regions.
   *
   * @param clock the time source
   * @param timing how long things take
   * @param seed the seed of generated ids
   * @param regions the regions
   * @param log where changes are recorded
   */
  public World(Clock clock, Timing timing, long seed, List<Region> regions, MutationLog log) {
    this.clock = clock;
    this.timing = timing;
    this.ids = new Ids(seed);
    this.log = log;
    for (Region r : regions) {
      this.regions.put(r, new RegionState(r));
    }
  }

  Instant now() {
    return clock.instant();
  }

  AmiException error(String code, String message) {
    return Ec2Errors.toException(code, message, ids.requestId(), Ec2Errors.httpStatus(code));
  }

  AmiException dryRun() {
    return error(Ec2Errors.DRY_RUN_OPERATION, "Request would have succeeded, but DryRun flag is set.");
  }

  RegionState region(Region region) {
    RegionState r = regions.get(region);
    if (r == null) {
      throw error("AuthFailure", "Region " + region + " is not enabled in this world; enabled: "
          + regions.keySet() + " (choose them with FakeEc2.builder().regions(...))");
    }
    r.purge(now(), timing.deregisteredVisible());
    return r;
  }

  AccountState account(AccountId id) {
    return accounts.computeIfAbsent(id, AccountState::new);
  }

  void record(AccountId account, Region region, String action, String resourceId, String description) {
    MutationLog.Entry entry = new MutationLog.Entry(now(), account, region, action, resourceId, description);
    log.record(entry);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{}", entry);
    }
  }

  /** Whether {@code account} may launch the image: its owner, or granted directly, by org or OU, or public. */
  boolean canLaunch(AccountId account, ImageRecord image) {
    if (image.owner.equals(account) || image.isPublic()) {
      return true;
    }
    if (image.grants.isEmpty()) {
      return false;
    }
    if (image.grants.contains(LaunchPermission.account(account))) {
      return true;
    }
    AccountState a = accounts.get(account);
    if (a == null) {
      return false;
    }
    return (a.organization != null && image.grants.contains(LaunchPermission.organization(a.organization)))
        || (a.organizationalUnit != null
            && image.grants.contains(LaunchPermission.organizationalUnit(a.organizationalUnit)));
  }

  /** Whether {@code account} sees the image in DescribeImages at {@code now}. */
  boolean sees(AccountId account, ImageRecord image, Instant now) {
    if (!image.describable(now, timing.deregisteredVisible())) {
      return false;
    }
    return image.owner.equals(account) || (image.isRegistered() && canLaunch(account, image));
  }

  /** The image, if {@code account} sees it; else EC2's {@code InvalidAMIID.NotFound}. */
  ImageRecord visibleImage(AccountId account, RegionState region, ImageId id, Instant now) {
    ImageRecord image = region.images.get(id);
    if (image == null || !sees(account, image, now)) {
      throw imageNotFound(id);
    }
    return image;
  }

  /** The image, if {@code account} owns it; NotFound when it cannot see it, AuthFailure when it is not its own. */
  ImageRecord ownedImage(AccountId account, RegionState region, ImageId id, Instant now) {
    ImageRecord image = visibleImage(account, region, id, now);
    if (!image.owner.equals(account)) {
      throw error("AuthFailure", "Not authorized for image:" + id
          + " (it belongs to account " + image.owner + "; only its owner may change it)");
    }
    return image;
  }

  AmiException imageNotFound(ImageId id) {
    return error("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist");
  }

  AmiException snapshotNotFound(SnapshotId id) {
    return error("InvalidSnapshot.NotFound", "The snapshot '" + id + "' does not exist.");
  }

  /** The failure scripted for a new image of this name, or {@code null} when it will succeed. */
  StateReason takeImageFailure(String name) {
    for (ImageFailure f : namedImageFailures) {
      if (Wildcard.matches(f.namePattern(), name)) {
        return f.reason();
      }
    }
    ImageFailure next = nextImageFailures.poll();
    return next == null ? null : next.reason();
  }

  boolean takeUserDataFailure() {
    if (failingUserData > 0) {
      failingUserData--;
      return true;
    }
    return false;
  }

  /**
   * Makes the next new image (created, registered or copied) end {@code failed}.
   *
   * @param reason its state reason
   */
  public synchronized void failNextImage(StateReason reason) {
    nextImageFailures.add(new ImageFailure("", reason));
  }

  /**
   * Makes every new image whose name matches end {@code failed}.
   *
   * @param namePattern a name with {@code *} and {@code ?} wildcards
   * @param reason its state reason
   */
  public synchronized void failImagesNamed(String namePattern, StateReason reason) {
    namedImageFailures.add(new ImageFailure(namePattern, reason));
  }

  /** Makes the user data of the next instance launched with user data fail. */
  public synchronized void failNextUserData() {
    failingUserData++;
  }
}
