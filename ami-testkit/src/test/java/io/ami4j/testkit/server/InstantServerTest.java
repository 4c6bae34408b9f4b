package io.ami4j.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.testkit.http.FakeEc2Server;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ImageState;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/** {@code --instant}: a plain SDK program sees no pending state, so its waiters end at the first poll. */
class InstantServerTest {
  @Test
  void instantSetsEveryPendingTimeToZeroAndLaterOptionsStillApply() {
    ServerOptions o = ServerOptions.parse("--instant");
    assertThat(o.createImagePending).isZero();
    assertThat(o.registerImagePending).isZero();
    assertThat(o.copyImagePending).isZero();
    assertThat(o.instancePending).isZero();
    assertThat(o.instanceShuttingDown).isZero();

    ServerOptions copySlow = ServerOptions.parse("--instant", "--copy-image-pending", "5s");
    assertThat(copySlow.copyImagePending).isEqualTo(Duration.ofSeconds(5));
    assertThat(copySlow.createImagePending).isZero();
    assertThat(ServerOptions.usage()).contains("--instant").contains("waiters");
  }

  @Test
  void anInstantServerAnswersRunningInstancesAndAvailableImagesAtOnce() {
    try (FakeEc2Server server = FakeEc2ServerMain.start(
        ServerOptions.parse("--port", "0", "--instant", "--regions", "us-east-1"));
        Ec2Client ec2 = client(server.endpoint())) {
      String al2023 = ec2.describeImages(b -> b.owners("amazon")).images().get(0).imageId();
      String instance = ec2.runInstances(b -> b.imageId(al2023).instanceType("t3.micro").minCount(1).maxCount(1))
          .instances().get(0).instanceId();
      assertThat(ec2.describeInstances(b -> b.instanceIds(instance)).reservations().get(0).instances().get(0)
          .state().name()).isEqualTo(InstanceStateName.RUNNING);

      String image = ec2.createImage(b -> b.instanceId(instance).name("web-1")).imageId();
      assertThat(ec2.describeImages(b -> b.imageIds(image)).images().get(0).state()).isEqualTo(ImageState.AVAILABLE);

      ec2.terminateInstances(b -> b.instanceIds(instance));
      assertThat(ec2.describeInstances(b -> b.instanceIds(instance)).reservations().get(0).instances().get(0)
          .state().name()).isEqualTo(InstanceStateName.TERMINATED);
    }
  }

  private static Ec2Client client(URI endpoint) {
    return Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("000000000000", "test")))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
