package io.ami4j.testkit;

import io.ami4j.AmiClient;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.StateReason;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.internal.world.FakeAmiProvider;
import io.ami4j.testkit.internal.world.GroundTruth;
import io.ami4j.testkit.internal.world.Scenario;
import io.ami4j.testkit.internal.world.World;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultStats;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.testkit.time.VirtualClock;
import io.ami4j.testkit.time.VirtualScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory EC2: accounts × regions holding images, snapshots, instances, tags, launch
 * permissions, SSM public parameters, marketplace products and organizations, following EC2's
 * rules and error codes on a clock the test controls.
 *
 * <pre>{@code
 * FakeEc2 world = FakeEc2.create();                      // virtual clock, public catalog seeded
 * AmiProvider ec2 = world.provider();                    // account 000000000000
 * ImageId id = ec2.copyImage(Call.in(Region.of("eu-west-1")), copyRequest);
 * world.clock().advance(world.timing().copyImage());     // the copy is now available
 * }</pre>
 *
 * <p>Each account's {@link #provider(AccountId) provider} is its view, as EC2 gives it to that
 * account's credentials. The scenario methods ({@link #joinOrganization}, {@link #subscribe}, …)
 * set up what is not an EC2 call; the ground-truth methods ({@link #allImages}, …) read the state
 * of every account, for assertions. Thread-safe: one lock guards the world.
 */
public final class FakeEc2 implements AutoCloseable {
  /** The account of {@link #provider()}: {@code 000000000000}. */
  public static final AccountId DEFAULT_ACCOUNT = AccountId.of("000000000000");
  /** Amazon's account of Amazon Linux images (owner alias {@code amazon}). */
  public static final AccountId AMAZON = AccountId.of("137112412989");
  /** Amazon's account of Windows images (owner alias {@code amazon}). */
  public static final AccountId AMAZON_WINDOWS = AccountId.of("801119661308");
  /** Canonical's account of Ubuntu images. */
  public static final AccountId CANONICAL = AccountId.of("099720109477");
  /** The seller of the catalog's paid image (owner alias {@code aws-marketplace}). */
  public static final AccountId MARKETPLACE = AccountId.of("679593333241");
  /** An unknown account that publishes an image imitating Amazon Linux 2023 (CVE-2018-15869). */
  public static final AccountId IMPOSTOR = AccountId.of("666666666666");
  /** The product code of the catalog's paid marketplace image. */
  public static final String MARKETPLACE_PRODUCT_CODE = "3f8t6t8fp5m9xx18yzwriozxi";
  /** The regions of a world built without {@link Builder#regions}. */
  public static final List<Region> DEFAULT_REGIONS = List.of(Region.of("us-east-1"), Region.of("us-west-2"),
      Region.of("eu-west-1"), Region.of("ap-south-1"));

  private final World world;
  private final Clock clock;
  private final VirtualClock virtualClock;
  private final Timing timing;
  private final MutationLog mutations = new MutationLog();
  private final List<Region> regions;
  private final Scenario scenario;
  private final GroundTruth truth;
  private final Map<AccountId, AmiProvider> providers = new ConcurrentHashMap<>();
  private final FaultPlan faults;
  private volatile VirtualScheduler scheduler;

  private FakeEc2(Builder b) {
    this.virtualClock = b.realClock ? null : (b.clock == null ? VirtualClock.create() : b.clock);
    this.clock = b.realClock ? Clock.systemUTC() : virtualClock;
    this.timing = b.timing;
    this.regions = b.regions;
    this.world = new World(clock, timing, b.seed, regions, mutations);
    this.scenario = new Scenario(world);
    this.truth = new GroundTruth(world);
    this.faults = b.faults;
    if (b.seedCatalog) {
      scenario.seedCatalog();
    }
  }

  /** A builder: virtual clock, default regions and timing, catalog seeded, seed 42. */
  public static Builder builder() {
    return new Builder();
  }

  /** A world with every default: virtual clock, four regions, the public catalog. */
  public static FakeEc2 create() {
    return builder().build();
  }

  /** The view of {@link #DEFAULT_ACCOUNT}. */
  public AmiProvider provider() {
    return provider(DEFAULT_ACCOUNT);
  }

  /**
   * The view of an account (the same provider for the same account).
   *
   * @param account the account
   * @return its provider, id {@code fake}
   */
  public AmiProvider provider(AccountId account) {
    Objects.requireNonNull(account, "account");
    return providers.computeIfAbsent(account, a -> faults == null ? new FakeAmiProvider(world, a)
        : FaultingProvider.wrap(new FakeAmiProvider(world, a), faults, clock));
  }

  /**
   * What the fault plan did to an account's calls: calls per action, throttled answers,
   * injected faults.
   *
   * @param account the account
   * @return its counters, or empty when the world was built without {@link Builder#faults}
   */
  public Optional<FaultStats> faultStats(AccountId account) {
    AmiProvider p = provider(account);
    return p instanceof FaultingProvider faulting ? Optional.of(faulting.stats()) : Optional.empty();
  }

  /**
   * A client builder for the default account, ready for the world: its provider, the world's
   * clock, the world's auto-advancing virtual scheduler (so waits take no real time), and the
   * world's first region. Change anything before {@code build()}.
   *
   * <pre>{@code
   * try (AmiClient amis = world.clientBuilder().build()) { ... }
   * }</pre>
   *
   * @return the builder
   */
  public AmiClient.Builder clientBuilder() {
    return clientBuilder(DEFAULT_ACCOUNT);
  }

  /**
   * A client builder for an account, ready for the world (see {@link #clientBuilder()}).
   *
   * @param account the account
   * @return the builder
   */
  public AmiClient.Builder clientBuilder(AccountId account) {
    AmiClient.Builder b = AmiClient.builder().provider(provider(account)).region(regions.get(0)).clock(clock);
    return virtualClock == null ? b : b.scheduler(scheduler());
  }

  /**
   * The world's auto-advancing virtual scheduler (made on first use, stopped by {@link #close()}).
   *
   * @return the scheduler
   * @throws IllegalStateException when the world runs on the real clock
   */
  public VirtualScheduler scheduler() {
    VirtualScheduler s = scheduler;
    if (s == null) {
      synchronized (this) {
        if (scheduler == null) {
          scheduler = VirtualScheduler.autoAdvance(clock());
        }
        s = scheduler;
      }
    }
    return s;
  }

  /** Stops the world's scheduler, if one was made; the world's state stays readable. */
  @Override
  public void close() {
    VirtualScheduler s = scheduler;
    if (s != null) {
      s.shutdownNow();
    }
  }

  /**
   * The virtual clock the world runs on.
   *
   * @return the clock
   * @throws IllegalStateException when the world was built with {@link Builder#realClock()}
   */
  public VirtualClock clock() {
    if (virtualClock == null) {
      throw new IllegalStateException("This world runs on the real clock; use time() to read it");
    }
    return virtualClock;
  }

  /** The clock the world reads: the virtual clock, or the system clock for a real-time world. */
  public Clock time() {
    return clock;
  }

  /** How long things take. */
  public Timing timing() {
    return timing;
  }

  /** The regions of the world. */
  public List<Region> regions() {
    return regions;
  }

  /** Every change of EC2-visible state, in order. */
  public MutationLog mutations() {
    return mutations;
  }

  // ---- scenario setup ---------------------------------------------------------------------

  /**
   * Makes an account a member of an organization and, optionally, of one of its OUs, so that
   * images shared with the organization or OU become visible to it.
   *
   * @param account the account
   * @param org the organization
   * @param ouOrNull the OU, or {@code null}
   */
  public void joinOrganization(AccountId account, OrganizationArn org, OrganizationalUnitArn ouOrNull) {
    scenario.joinOrganization(account, org, ouOrNull);
  }

  /**
   * Subscribes an account to a marketplace product, so it may launch images carrying its code.
   *
   * @param account the account
   * @param productCode e.g. {@link #MARKETPLACE_PRODUCT_CODE}
   */
  public void subscribe(AccountId account, String productCode) {
    scenario.subscribe(account, productCode);
  }

  /**
   * Adds a Recycle Bin retention rule: the account's EBS-backed images deregistered in the
   * region stay restorable for {@code retention}, and keep their snapshots meanwhile.
   *
   * @param account the account
   * @param region the region
   * @param retention how long
   */
  public void recycleBinRetention(AccountId account, Region region, Duration retention) {
    scenario.recycleBinRetention(account, region, retention);
  }

  /**
   * Creates a launch template that uses an image (DescribeImageReferences reports it).
   *
   * @param account the owner of the template
   * @param region the region
   * @param image an image the account can see
   * @return the template id, {@code lt-…}
   */
  public String createLaunchTemplate(AccountId account, Region region, ImageId image) {
    return scenario.createLaunchTemplate(account, region, image);
  }

  /**
   * Makes every answer about an image carry {@code text} for one of its enum fields — a value ami4j
   * does not know, or an odd one such as moto's {@code rootDeviceType} {@code standard} — to show
   * what ami4j does with it. The world's own behaviour (states, rules) is unchanged; its answers,
   * in process and over HTTP, follow ami4j's rule: the image is kept, with EC2's text in
   * {@code unknownValues()}.
   *
   * <pre>{@code world.answerImageFieldAs(region, id, "rootDeviceType", "standard");}</pre>
   *
   * @param region the region
   * @param image the image
   * @param field one of {@code state}, {@code architecture}, {@code rootDeviceType}, {@code imageType},
   *     {@code virtualizationType}, {@code hypervisor}, {@code bootMode}, {@code tpmSupport}, {@code imdsSupport}
   * @param text the text to answer
   */
  public void answerImageFieldAs(Region region, ImageId image, String field, String text) {
    scenario.answerImageFieldAs(region, image, field, text);
  }

  /**
   * Makes every image created, registered or copied from now on answer {@code text} for one of its
   * enum fields, as moto answers {@code rootDeviceType} {@code standard} for every image (see
   * {@link #answerImageFieldAs}).
   *
   * <pre>{@code world.answerNewImagesFieldAs("rootDeviceType", "standard");}</pre>
   *
   * @param field one of the fields {@link #answerImageFieldAs} takes
   * @param text the text to answer
   */
  public void answerNewImagesFieldAs(String field, String text) {
    scenario.answerNewImagesFieldAs(field, text);
  }

  /**
   * Creates a completed, unencrypted snapshot to register an image from.
   *
   * @param account the owner
   * @param region the region
   * @param sizeGiB its size
   * @return the snapshot id
   */
  public SnapshotId createSnapshot(AccountId account, Region region, int sizeGiB) {
    return scenario.createSnapshot(account, region, sizeGiB, null);
  }

  /**
   * Creates a completed snapshot encrypted with a KMS key.
   *
   * @param account the owner
   * @param region the region
   * @param sizeGiB its size
   * @param kmsKey the key
   * @return the snapshot id
   */
  public SnapshotId createEncryptedSnapshot(AccountId account, Region region, int sizeGiB, KmsKey kmsKey) {
    return scenario.createSnapshot(account, region, sizeGiB, Objects.requireNonNull(kmsKey, "kmsKey"));
  }

  /**
   * Creates a customer managed KMS key in the world (KMS {@code CreateKey} with an alias). Keys
   * that a request names are also made on first mention; the account's AWS managed EBS key
   * ({@code alias/aws/ebs}) exists in every region. EC2 answers a snapshot's key as the key's ARN.
   *
   * @param account the key's account
   * @param region the key's region
   * @param key an alias ({@code alias/NAME}), key id or key ARN
   * @return the key's ARN
   */
  public KmsKey createKmsKey(AccountId account, Region region, KmsKey key) {
    return scenario.createKmsKey(account, region, Objects.requireNonNull(key, "key"));
  }

  /**
   * Makes the next new image (created, registered or copied) end {@code failed} with this reason
   * once its pending time is over.
   *
   * @param reason the state reason, e.g. {@code StateReason.of("Client.InvalidSnapshot", "…")}
   */
  public void failNextImage(StateReason reason) {
    world.failNextImage(Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Makes every new image whose name matches end {@code failed}.
   *
   * @param namePattern a name with {@code *} and {@code ?} wildcards
   * @param reason the state reason
   */
  public void failImagesNamed(String namePattern, StateReason reason) {
    world.failImagesNamed(Objects.requireNonNull(namePattern, "namePattern"), Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Makes the user data of the next instance launched with user data fail: that instance keeps
   * running and never stops itself, as an instance whose bake script broke before its final
   * {@code shutdown} does. (With user data that succeeds, the instance stops itself after
   * {@link Timing#userDataRunTime()}.)
   */
  public void failNextUserData() {
    world.failNextUserData();
  }

  // ---- ground truth -----------------------------------------------------------------------

  /**
   * Every image EC2 still knows in a region, of every account (recently deregistered and Recycle
   * Bin ones included), with their owners' tags.
   *
   * @param region the region
   * @return the images
   */
  public List<Image> allImages(Region region) {
    return truth.images(region);
  }

  /**
   * One image, of any account, while EC2 still knows it.
   *
   * @param region the region
   * @param id the image
   * @return the image
   */
  public Optional<Image> image(Region region, ImageId id) {
    return truth.image(region, id);
  }

  /**
   * Every snapshot in a region, of every account.
   *
   * @param region the region
   * @return the snapshots
   */
  public List<Snapshot> allSnapshots(Region region) {
    return truth.snapshots(region);
  }

  /**
   * Every instance in a region, of every account, terminated ones included.
   *
   * @param region the region
   * @return the instances
   */
  public List<Instance> allInstances(Region region) {
    return truth.instances(region);
  }

  /**
   * The launch permissions of an image.
   *
   * @param region the region
   * @param id the image
   * @return its grants
   */
  public List<LaunchPermission> launchPermissions(Region region, ImageId id) {
    return truth.launchPermissions(region, id);
  }

  /**
   * The owner's tags on a resource (DescribeTags as the owner sees it).
   *
   * @param region the region
   * @param resourceId an image, snapshot or instance id
   * @return the tags; empty for an unknown resource
   */
  public Map<String, String> tagsOf(Region region, String resourceId) {
    return truth.tags(region, resourceId);
  }

  /**
   * The tags an account set on a resource (tags are per account: a recipient's tags on a shared
   * image are its own).
   *
   * @param account the account
   * @param region the region
   * @param resourceId an image, snapshot or instance id
   * @return the tags
   */
  public Map<String, String> tagsOf(AccountId account, Region region, String resourceId) {
    return truth.tags(account, region, resourceId);
  }

  /**
   * Every tag an account set in a region, as DescribeTags lists them (ordered by resource id
   * and key).
   *
   * @param account the account
   * @param region the region
   * @return the tags
   */
  public List<ResourceTag> tags(AccountId account, Region region) {
    return truth.tags(account, region);
  }

  @Override
  public String toString() {
    return "FakeEc2[regions=" + regions + ", clock=" + clock + "]";
  }

  /** Builds a {@link FakeEc2}. */
  public static final class Builder {
    private VirtualClock clock;
    private boolean realClock;
    private List<Region> regions = DEFAULT_REGIONS;
    private Timing timing = Timing.defaults();
    private boolean seedCatalog = true;
    private long seed = 42L;
    private FaultPlan faults;

    private Builder() {}

    /**
     * Faults on demand for every account's provider: EC2's throttling buckets, 500/503 answers,
     * eventual-consistency lag, lost answers (see {@link FaultPlan}).
     *
     * <pre>{@code
     * FakeEc2.builder().faults(FaultPlan.builder().ec2Throttling().seed(7)
     *     .probability(FaultKind.INTERNAL_ERROR, 0.05).build()).build();
     * }</pre>
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder faults(FaultPlan plan) {
      this.faults = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /**
     * Runs the world on this virtual clock (default: a new one at {@link VirtualClock#DEFAULT_START}).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(VirtualClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.realClock = false;
      return this;
    }

    /**
     * Runs the world on the system clock: images become available after their real pending time.
     *
     * @return this builder
     */
    public Builder realClock() {
      this.realClock = true;
      this.clock = null;
      return this;
    }

    /**
     * The regions (default us-east-1, us-west-2, eu-west-1, ap-south-1); calls to others fail.
     *
     * @param regions one or more regions
     * @return this builder
     */
    public Builder regions(Region... regions) {
      if (regions.length == 0) {
        throw new IllegalArgumentException("A world needs at least one region");
      }
      this.regions = List.copyOf(Arrays.asList(regions));
      return this;
    }

    /**
     * How long things take.
     *
     * @param timing the timing
     * @return this builder
     */
    public Builder timing(Timing timing) {
      this.timing = Objects.requireNonNull(timing, "timing");
      return this;
    }

    /**
     * Whether to seed the public catalog and its SSM parameters (default true).
     *
     * @param seedCatalog whether to
     * @return this builder
     */
    public Builder seedCatalog(boolean seedCatalog) {
      this.seedCatalog = seedCatalog;
      return this;
    }

    /**
     * The seed of generated ids and addresses: the same seed and calls give the same ids.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The world. */
    public FakeEc2 build() {
      return new FakeEc2(this);
    }
  }
}
