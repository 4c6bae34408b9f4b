package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.ami4j.model.AccountId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.contract.AmiProviderContract;
import io.ami4j.testkit.contract.ContractEnvironment;
import io.ami4j.testkit.contract.FakeEc2ContractEnvironment;
import io.ami4j.testkit.http.FakeEc2Server;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The whole provider contract against the AWS provider with WireMock on the wire: WireMock proxies
 * every request to the in-memory world's HTTP endpoint and journals it, and after each contract
 * test the journal must hold exactly one request per remote SPI call the test made — the SPI's
 * rule of one remote call per method, with no hidden retries, pagination loops or extra lookups.
 */
@DisplayName("provider contract: AWS provider through WireMock, one request per SPI call")
class AwsProviderThroughWireMockContractTest extends AmiProviderContract {
  /** SPI methods that make no remote call. */
  private static final Set<String> LOCAL = Set.of("id", "close", "toString", "hashCode", "equals");

  private final WireMockServer wireMock = new WireMockServer(wireMockConfig().dynamicPort());
  private final List<String> spiCalls = new CopyOnWriteArrayList<>();

  @Override
  protected ContractEnvironment createEnvironment() {
    FakeEc2 world = FakeEc2.create();
    FakeEc2Server server = FakeEc2Server.builder().providers(world::provider).start();
    wireMock.start();
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(server.endpoint().toString())));
    List<AwsAmiProvider> providers = new CopyOnWriteArrayList<>();
    return FakeEc2ContractEnvironment.of(world).withPollInterval(Duration.ofMinutes(1)).withProviders(
        account -> {
          AwsAmiProvider p = AwsAmiProvider.builder()
              .endpointOverride(URI.create(wireMock.baseUrl()))
              .credentialsProvider(StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(account.value(), "contract-secret")))
              .build();
          providers.add(p);
          return counted(p, account);
        },
        () -> providers.forEach(AwsAmiProvider::close), wireMock::stop, server);
  }

  private AmiProvider counted(AmiProvider provider, AccountId account) {
    return (AmiProvider) Proxy.newProxyInstance(AmiProvider.class.getClassLoader(),
        new Class<?>[] {AmiProvider.class}, (proxy, method, args) -> {
          if (!LOCAL.contains(method.getName())) {
            spiCalls.add(account + " " + method.getName());
          }
          try {
            return method.invoke(provider, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @BeforeEach
  void forgetEarlierRequests() {
    environment();
    wireMock.resetRequests();
    spiCalls.clear();
  }

  @AfterEach
  void everySpiCallWasOneRequest() {
    List<ServeEvent> requests = wireMock.getAllServeEvents();
    assertThat(requests).as("requests on the wire for the SPI calls %s",
        spiCalls.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting())))
        .hasSize(spiCalls.size());
    assertThat(requests).allSatisfy(e -> assertThat(e.getWasMatched()).isTrue());
  }
}
