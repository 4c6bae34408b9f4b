package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.testkit.FakeEc2;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/**
 * Requests EC2 refuses are refused by the fake too, with EC2's codes, when they come from code
 * that does not go through ami4j's own checks (here the AWS SDK): so that tests on the fake find
 * these mistakes in users' code, and no state changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeRefusesWhatEc2RefusesTest {
  private static final String OWNER_KEY = "AKIAIOSFODNN7EXAMPLE";

  private final FakeEc2 world = FakeEc2.create();
  private FakeEc2Server server;
  private Ec2Client ec2;
  private String image;

  @BeforeAll
  void start() {
    server = FakeEc2Server.builder().world(world).start();
    ec2 = SdkClients.ec2(server.endpoint(), OWNER_KEY, "us-east-1");
    image = ec2.describeImages(b -> b.owners("amazon").filters(f -> f.name("name").values("al2023-ami-*-x86_64")))
        .images().get(0).imageId();
  }

  @AfterAll
  void stop() {
    ec2.close();
    server.close();
    world.close();
  }

  static Stream<Arguments> refusedLaunches() {
    String tooMuchUserData = "é".repeat(8_193); // 8,193 characters, 16,386 bytes
    return Stream.of(
        refused("a malformed subnet id", "InvalidSubnetID.Malformed", b -> b.subnetId("subnet-123")),
        refused("a malformed security group id", "InvalidGroupId.Malformed", b -> b.securityGroupIds("sg-12")),
        refused("gp3 IOPS above 500 per GiB", "InvalidParameterValue",
            b -> b.blockDeviceMappings(m -> m.deviceName("/dev/xvda")
                .ebs(e -> e.volumeType(VolumeType.GP3).volumeSize(8).iops(10_000)))),
        refused("gp3 throughput above 0.25 MiB/s per IOPS", "InvalidParameterValue",
            b -> b.blockDeviceMappings(m -> m.deviceName("/dev/xvda")
                .ebs(e -> e.volumeType(VolumeType.GP3).volumeSize(100).throughput(1_000)))),
        refused("io1 IOPS above 50 per GiB", "InvalidParameterValue",
            b -> b.blockDeviceMappings(m -> m.deviceName("/dev/xvda")
                .ebs(e -> e.volumeType(VolumeType.IO1).volumeSize(10).iops(501)))),
        refused("user data over 16,384 bytes", "InvalidParameterValue",
            b -> b.userData(Base64.getEncoder().encodeToString(tooMuchUserData.getBytes(StandardCharsets.UTF_8)))));
  }

  private static Arguments refused(String what, String code, Consumer<RunInstancesRequest.Builder> change) {
    return Arguments.of(what, code, change);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusedLaunches")
  void runInstancesIsRefusedAsEc2Refuses(String what, String code, Consumer<RunInstancesRequest.Builder> change) {
    int mark = world.mutations().size();
    Ec2Exception e = catchThrowableOfType(() -> ec2.runInstances(b -> {
      b.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1);
      change.accept(b);
    }), Ec2Exception.class);
    assertThat(e).as(what).isNotNull();
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
    assertThat(world.mutations().since(mark)).isEmpty();
  }

  @Test
  void theSameLaunchWithinTheLimitsSucceeds() {
    String justEnough = "é".repeat(8_192); // 16,384 bytes
    assertThat(ec2.runInstances(b -> b.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1)
        .subnetId("subnet-0abc1234").securityGroupIds("sg-0123456789abcdef0")
        .userData(Base64.getEncoder().encodeToString(justEnough.getBytes(StandardCharsets.UTF_8)))
        .blockDeviceMappings(m -> m.deviceName("/dev/xvda")
            .ebs(e -> e.volumeType(VolumeType.GP3).volumeSize(8).iops(4_000).throughput(1_000))))
        .instances()).hasSize(1);
  }

  @Test
  void deleteTagsOnAwsKeysIsRefusedOverTheWireAndInProcess() {
    int mark = world.mutations().size();
    Ec2Exception e = catchThrowableOfType(() -> ec2.deleteTags(b -> b.resources(image)
        .tags(t -> t.key("aws:cloudformation:stack-name"))), Ec2Exception.class);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
    assertThat(e.awsErrorDetails().errorMessage()).contains("aws:");

    io.ami4j.AmiValidationException inProcess = catchThrowableOfType(() -> world.provider().deleteTags(
        Call.in(Region.of("us-east-1")), List.of(io.ami4j.model.ImageId.of(image)), List.of("aws:backup:source")),
        io.ami4j.AmiValidationException.class);
    assertThat(inProcess.errorCode()).isEqualTo("InvalidParameterValue");
    assertThat(world.mutations().since(mark)).isEmpty();
  }
}
