package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sts.StsClient;

/** The JUnit 5 extension: one server for the class, reachable by field and by parameter. */
class FakeEc2ServerExtensionTest {
  private static final TinyWorld WORLD = new TinyWorld();

  @RegisterExtension
  static final FakeEc2ServerExtension EC2 = FakeEc2ServerExtension.serving(WORLD::provider);

  @Test
  void servesTheWorldToTheSdk() {
    try (StsClient sts = SdkClients.sts(EC2.endpoint(), "444455556666", "eu-west-1")) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo("444455556666");
    }
  }

  @Test
  void injectsTheRunningServer(FakeEc2Server server) {
    assertThat(server.endpoint()).isEqualTo(EC2.endpoint());
    assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.port()).isPositive();
  }
}
