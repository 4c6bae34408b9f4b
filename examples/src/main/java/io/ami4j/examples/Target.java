package io.ami4j.examples;

import io.ami4j.AmiClient;
import io.ami4j.aws.AwsAmiProvider;
import io.ami4j.aws.AwsProviderBuilder;
import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Where an example runs: the built-in in-memory world, an EC2-compatible endpoint, or real AWS.
 * Makes the client of the account that owns the images and, where it can, a view of a second
 * account to prove what sharing did.
 */
final class Target implements AutoCloseable {
  /** The second account of the in-memory world and of ami4j's fake server. */
  static final AccountId PARTNER = AccountId.of("111122223333");

  private final String description;
  private final AmiClient client;
  private final AmiProvider partner;
  private final AccountId partnerAccount;
  private final Clock clock;
  private final FakeEc2 world;
  private final AutoCloseable[] resources;

  private Target(String description, AmiClient client, AmiProvider partner, AccountId partnerAccount,
      Clock clock, FakeEc2 world, AutoCloseable... resources) {
    this.description = description;
    this.client = client;
    this.partner = partner;
    this.partnerAccount = partnerAccount;
    this.clock = clock;
    this.world = world;
    this.resources = resources;
  }

  /** The in-memory world on virtual time: a 20-minute copy takes microseconds. */
  static Target inMemory(Region region, AccountId partner) {
    FakeEc2 world = FakeEc2.create();
    AmiClient client = world.clientBuilder().region(region).build();
    return new Target("the in-memory EC2 world (virtual time)", client, world.provider(partner), partner,
        world.clock(), world, client, world);
  }

  /**
   * An EC2-compatible endpoint through the AWS provider. Credentials come from the default
   * chain, or a test pair when none is set; ami4j's fake server reads a 12-digit access key id as
   * the account, which is how the partner's view is made.
   */
  static Target endpoint(URI endpoint, Region region, AccountId partnerAccount, Duration wait) {
    AwsProviderBuilder ownerBuilder = AwsAmiProvider.builder().endpointOverride(endpoint);
    boolean haveCredentials = System.getenv("AWS_ACCESS_KEY_ID") != null || System.getenv("AWS_PROFILE") != null
        || System.getProperty("aws.accessKeyId") != null;
    if (!haveCredentials) {
      // Without credentials the provider's own default chain would fail: use a test pair.
      ownerBuilder.credentialsProvider(StaticCredentialsProvider.create(
          AwsBasicCredentials.create("000000000000", "test-secret")));
    }
    AwsAmiProvider owner = ownerBuilder.build();
    AwsAmiProvider partner = AwsAmiProvider.builder().endpointOverride(endpoint)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(partnerAccount.value(), "partner-secret"))).build();
    AmiClient client = AmiClient.builder().provider(owner).region(region)
        .waitPolicy(w -> w.timeout(wait)).build();
    return new Target("the EC2 endpoint " + endpoint, client, partner, partnerAccount, Clock.systemUTC(), null,
        client, owner, partner);
  }

  /** Real AWS with the default credentials chain; {@code partner} is the account to share with. */
  static Target aws(Region region, AccountId partner, Duration wait) {
    AwsAmiProvider owner = AwsAmiProvider.create();
    AmiClient client = AmiClient.builder().provider(owner).region(region)
        .waitPolicy(w -> w.timeout(wait)).build();
    return new Target("real AWS", client, null, partner, Clock.systemUTC(), null, client, owner);
  }

  String description() {
    return description;
  }

  AmiClient client() {
    return client;
  }

  /** The partner account's own view, where the target can give one. */
  Optional<AmiProvider> partnerView() {
    return Optional.ofNullable(partner);
  }

  AccountId partnerAccount() {
    return partnerAccount;
  }

  Clock clock() {
    return clock;
  }

  /** The in-memory world, when running on it. */
  Optional<FakeEc2> world() {
    return Optional.ofNullable(world);
  }

  @Override
  public void close() {
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        // Closing is best effort: an example's result is already printed.
      }
    }
  }
}
