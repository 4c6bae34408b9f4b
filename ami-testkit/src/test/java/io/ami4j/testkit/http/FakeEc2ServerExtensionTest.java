package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sts.StsClient;

/** The JUnit 5 extension: one server for the class, reachable by field and by parameter. */
class FakeEc2ServerExtensionTest {
  private static final FakeEc2 WORLD = FakeEc2.create();

  @RegisterExtension
  static final FakeEc2ServerExtension EC2 = FakeEc2ServerExtension.serving(WORLD);

  @Test
  void servesTheWorldToTheSdk() {
    try (StsClient sts = SdkClients.sts(EC2.endpoint(), "444455556666", "eu-west-1")) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo("444455556666");
    }
  }

  @Test
  void servesTheWorldItWasGiven() {
    try (var ec2 = SdkClients.ec2(EC2.endpoint(), "AKIDEXAMPLE", "us-east-1")) {
      String id = ec2.describeImages(b -> b.owners("amazon")).images().get(0).imageId();
      assertThat(WORLD.image(Region.of("us-east-1"), ImageId.of(id))).isPresent();
    }
  }

  @Test
  void injectsTheRunningServer(FakeEc2Server server) {
    assertThat(server.endpoint()).isEqualTo(EC2.endpoint());
    assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.port()).isPositive();
  }
}
