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

/**
 * {@code bulk-cleanup-http}: the same comparison as {@code bulk-cleanup} on 200 images, through
 * the real SDK path — {@link AwsAmiProvider} → HTTP → the fake's EC2 endpoint → the world, with
 * EC2's token buckets (refill ×50) applied on the server side. The latency is the HTTP round
 * trip's own, not injected.
 */
final class BulkCleanupHttpBenchmark extends BulkCleanupBenchmark {
  BulkCleanupHttpBenchmark() {
    super(200, 200, false);
  }

  @Override
  public String name() {
    return "bulk-cleanup-http";
  }

  @Override
  public String description() {
    return "bulk-cleanup's comparison on 200 images through AwsAmiProvider and the fake's HTTP endpoint";
  }

  @Override
  Backend backend(FakeEc2 world) {
    Map<AccountId, FaultingProvider> serverSide = new ConcurrentHashMap<>();
    FakeEc2Server server = FakeEc2Server.builder()
        .providers(account -> serverSide.containsKey(account) ? serverSide.get(account) : world.provider(account))
        .start();
    List<AwsAmiProvider> clients = new ArrayList<>();
    return new Backend() {
      @Override
      public AmiProvider provider(AccountId account, FaultingProvider throttled) {
        serverSide.put(account, throttled);
        AwsAmiProvider p = AwsAmiProvider.builder().endpointOverride(server.endpoint())
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account.value(), "bench")))
            .build();
        clients.add(p);
        return p;
      }

      @Override
      public void close() {
        clients.forEach(AwsAmiProvider::close);
        server.close();
      }
    };
  }
}
