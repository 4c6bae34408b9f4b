package io.ami4j.bench;

import io.ami4j.aws.AwsAmiProvider;
import io.ami4j.model.AccountId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.testkit.http.FakeEc2Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The fake's EC2 endpoint on loopback in front of the world: each account's calls go through that
 * account's server-side {@link FaultingProvider} (its token buckets), and clients reach it through
 * the SDK — {@link AwsAmiProvider}, or the SDK's own {@link Ec2Client} for baselines.
 */
final class HttpBackend implements BulkCleanupBenchmark.Backend {
  private final Map<AccountId, FaultingProvider> serverSide = new ConcurrentHashMap<>();
  private final FakeEc2Server server;
  private final List<AutoCloseable> clients = new ArrayList<>();

  HttpBackend(FakeEc2 world) {
    server = FakeEc2Server.builder()
        .providers(account -> serverSide.containsKey(account) ? serverSide.get(account) : world.provider(account))
        .start();
  }

  @Override
  public synchronized AmiProvider provider(AccountId account, FaultingProvider throttled) {
    serverSide.put(account, throttled);
    AwsAmiProvider p = AwsAmiProvider.builder().endpointOverride(server.endpoint())
        .credentialsProvider(credentials(account)).build();
    clients.add(p);
    return p;
  }

  /**
   * The SDK's own EC2 client for an account, with the SDK's standard retries (three attempts,
   * exponential back-off with jitter, longer for throttling, a client-wide retry quota).
   */
  synchronized Ec2Client standardSdkClient(AccountId account, FaultingProvider throttled) {
    serverSide.put(account, throttled);
    Ec2Client c = Ec2Client.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
        .credentialsProvider(credentials(account))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy()))
        .build();
    clients.add(c);
    return c;
  }

  private static StaticCredentialsProvider credentials(AccountId account) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(account.value(), "bench"));
  }

  @Override
  public synchronized void close() {
    for (AutoCloseable c : clients) {
      try {
        c.close();
      } catch (Exception e) {
        // closing a client of a finished benchmark; nothing to do
      }
    }
    server.close();
  }
}
