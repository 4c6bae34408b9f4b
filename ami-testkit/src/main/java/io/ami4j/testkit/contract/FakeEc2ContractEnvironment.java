package io.ami4j.testkit.contract;

import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The contract suite's environment on the in-memory world: two accounts, one of them in an
 * organization and OU, a Recycle Bin rule in a third region, the catalog's paid image, and the
 * world's virtual clock, so that every wait takes no real time.
 *
 * <p>The accounts may be reached through any provider, not only the world's own: pass
 * {@link #withProviders} a function that makes, say, the AWS provider pointed at the world's
 * HTTP endpoint, and the same contracts check that provider against the same world.
 *
 * <pre>{@code
 * FakeEc2 world = FakeEc2.create();
 * ContractEnvironment env = FakeEc2ContractEnvironment.of(world);                   // in-process
 * ContractEnvironment overHttp = FakeEc2ContractEnvironment.of(world)
 *     .withProviders(account -> awsProviderAt(server.endpoint(), account), server); // over the wire
 * }</pre>
 */
public final class FakeEc2ContractEnvironment implements ContractEnvironment, AutoCloseable {
  /** The account that owns what the suite makes. */
  public static final AccountId OWNER = AccountId.of("111122223333");
  /** The account images are shared with; member of {@link #ORGANIZATION} and {@link #UNIT}. */
  public static final AccountId OTHER = AccountId.of("444455556666");
  /** The organization of {@link #OTHER}. */
  public static final OrganizationArn ORGANIZATION =
      OrganizationArn.of("arn:aws:organizations::999988887777:organization/o-contract01");
  /** The organizational unit of {@link #OTHER}. */
  public static final OrganizationalUnitArn UNIT =
      OrganizationalUnitArn.of("arn:aws:organizations::999988887777:ou/o-contract01/ou-ab12-contract");
  /** Where the suite works. */
  public static final Region REGION = Region.of("us-east-1");
  /** Where copies go. */
  public static final Region OTHER_REGION = Region.of("us-west-2");
  /** Where a Recycle Bin rule of {@link #OWNER} keeps every deregistered image. */
  public static final Region RECYCLE_BIN_REGION = Region.of("eu-west-1");
  /** The key copies are encrypted with. */
  public static final KmsKey KEY = KmsKey.of(
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

  private final FakeEc2 world;
  private final AmiProvider owner;
  private final AmiProvider other;
  private final List<AutoCloseable> resources;
  private final Duration pollInterval;

  private FakeEc2ContractEnvironment(FakeEc2 world, AmiProvider owner, AmiProvider other,
      List<AutoCloseable> resources, Duration pollInterval) {
    this.world = world;
    this.owner = owner;
    this.other = other;
    this.resources = resources;
    this.pollInterval = pollInterval;
  }

  /**
   * The environment on a world, through the world's own providers. Sets the world up: the other
   * account joins the organization and OU, and the owner gets a Recycle Bin rule in
   * {@link #RECYCLE_BIN_REGION}.
   *
   * @param world a world with the default regions and the public catalog
   * @return the environment
   */
  public static FakeEc2ContractEnvironment of(FakeEc2 world) {
    Objects.requireNonNull(world, "world");
    world.joinOrganization(OTHER, ORGANIZATION, UNIT);
    world.recycleBinRetention(OWNER, RECYCLE_BIN_REGION, Duration.ofDays(7));
    world.createKmsKey(OWNER, OTHER_REGION, KEY);
    return new FakeEc2ContractEnvironment(world, world.provider(OWNER), world.provider(OTHER), List.of(),
        Duration.ofSeconds(15));
  }

  /**
   * The same world, reached through other providers.
   *
   * @param providers the provider of an account, e.g. the AWS provider with the account as its
   *     access key, pointed at the world's HTTP endpoint
   * @param resources what to close with the environment (providers, servers), in order
   * @return a new environment
   */
  public FakeEc2ContractEnvironment withProviders(Function<AccountId, AmiProvider> providers,
      AutoCloseable... resources) {
    Objects.requireNonNull(providers, "providers");
    List<AutoCloseable> all = new ArrayList<>(this.resources);
    all.addAll(List.of(resources));
    return new FakeEc2ContractEnvironment(world, providers.apply(OWNER), providers.apply(OTHER), all,
        pollInterval);
  }

  /**
   * The same environment, polling at another interval: a longer one saves round trips where each
   * poll crosses the wire; virtual time makes either equally fast to wait through.
   *
   * @param interval the virtual time between two polls
   * @return a new environment
   */
  public FakeEc2ContractEnvironment withPollInterval(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("poll interval must be positive, was " + interval);
    }
    return new FakeEc2ContractEnvironment(world, owner, other, resources, interval);
  }

  /** The world, for checks and set-up beyond the contract. */
  public FakeEc2 world() {
    return world;
  }

  @Override
  public AmiProvider owner() {
    return owner;
  }

  @Override
  public AccountId ownerAccount() {
    return OWNER;
  }

  @Override
  public AmiProvider other() {
    return other;
  }

  @Override
  public AccountId otherAccount() {
    return OTHER;
  }

  @Override
  public Region region() {
    return REGION;
  }

  @Override
  public Region otherRegion() {
    return OTHER_REGION;
  }

  @Override
  public Instant now() {
    return world.time().instant();
  }

  @Override
  public void letTimePass(Duration duration) {
    world.clock().advance(duration);
  }

  @Override
  public boolean simulatesTime() {
    return true;
  }

  @Override
  public Duration pollInterval() {
    return pollInterval;
  }

  @Override
  public SnapshotId newSnapshot(Region region, int sizeGiB) {
    return world.createSnapshot(OWNER, region, sizeGiB);
  }

  @Override
  public KmsKey kmsKeyInOtherRegion() {
    return KEY;
  }

  @Override
  public Optional<String> paidProductCode() {
    return Optional.of(FakeEc2.MARKETPLACE_PRODUCT_CODE);
  }

  @Override
  public void subscribe(AccountId account, String productCode) {
    world.subscribe(account, productCode);
  }

  @Override
  public Optional<OrganizationArn> otherAccountOrganization() {
    return Optional.of(ORGANIZATION);
  }

  @Override
  public Optional<OrganizationalUnitArn> otherAccountOrganizationalUnit() {
    return Optional.of(UNIT);
  }

  @Override
  public boolean answerImageFieldAs(ImageId image, String field, String text) {
    world.answerImageFieldAs(REGION, image, field, text);
    return true;
  }

  @Override
  public boolean allowsPublicSharing() {
    return true;
  }

  @Override
  public Optional<Region> recycleBinRegion() {
    return Optional.of(RECYCLE_BIN_REGION);
  }

  /** Closes what {@link #withProviders} was given, in order; the world itself holds nothing. */
  @Override
  public void close() throws Exception {
    Exception first = null;
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
