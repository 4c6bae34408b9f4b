package io.ami4j.aws;

import io.ami4j.model.AccountId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.contract.AmiProviderContract;
import io.ami4j.testkit.contract.ContractEnvironment;
import io.ami4j.testkit.contract.FakeEc2ContractEnvironment;
import io.ami4j.testkit.http.FakeEc2Server;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The whole provider contract against the AWS provider, over the wire: the in-memory world served
 * by its EC2 HTTP endpoint, each account reached with its id as the access key.
 */
@DisplayName("provider contract: AWS provider through the fake's HTTP endpoint")
class AwsProviderOverHttpContractTest extends AmiProviderContract {
  @Override
  protected ContractEnvironment createEnvironment() {
    FakeEc2 world = FakeEc2.create();
    FakeEc2Server server = FakeEc2Server.builder().providers(world::provider).start();
    List<AutoCloseable> providers = new ArrayList<>();
    FakeEc2ContractEnvironment inProcess = FakeEc2ContractEnvironment.of(world);
    return inProcess.withPollInterval(Duration.ofMinutes(1)).withProviders(account -> {
      AmiProvider p = awsProviderFor(server, account);
      providers.add(p);
      return p;
    }, () -> providers.forEach(p -> {
      try {
        p.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }), server);
  }

  private static AmiProvider awsProviderFor(FakeEc2Server server, AccountId account) {
    return AwsAmiProvider.builder()
        .endpointOverride(server.endpoint())
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(account.value(), "contract-secret")))
        .build();
  }
}
