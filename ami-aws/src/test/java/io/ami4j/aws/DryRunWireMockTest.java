package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiDryRunException;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mutating SPI method passes {@code DryRun=true} on a dry-run call, and EC2's "would succeed" becomes {@link AmiDryRunException}. */
class DryRunWireMockTest extends AwsWireMockSupport {
  private static final ImageId IMAGE = ImageId.of("ami-0abcdef1234567890");
  private static final SnapshotId SNAPSHOT = SnapshotId.of("snap-0123456789abcdef0");

  static Stream<Arguments> mutatingCalls() {
    return Stream.of(
        call("CreateImage", (aws, c) -> aws.createImage(c, CreateImageRequest.builder()
            .instanceId(InstanceId.of("i-0123456789abcdef0")).name("web-dry").build())),
        call("RegisterImage", (aws, c) -> aws.registerImage(c, RegisterImageRequest.builder()
            .name("web-dry").imageLocation("my-bucket/web.manifest.xml").build())),
        call("CopyImage", (aws, c) -> aws.copyImage(c, CopyImageRequest.builder()
            .sourceImageId(IMAGE).sourceRegion(Region.of("eu-west-1")).name("web-dry").build())),
        call("DeregisterImage", (aws, c) -> aws.deregisterImage(c, IMAGE, false)),
        call("ModifyImageAttribute", (aws, c) -> aws.modifyLaunchPermissions(c, IMAGE,
            List.of(LaunchPermission.account("111122223333")), List.of())),
        call("ModifyImageAttribute", (aws, c) -> aws.modifyImageDescription(c, IMAGE, "dry")),
        call("ResetImageAttribute", (aws, c) -> aws.resetLaunchPermissions(c, IMAGE)),
        call("CancelImageLaunchPermission", (aws, c) -> aws.cancelImageLaunchPermission(c, IMAGE)),
        call("EnableImageDeprecation", (aws, c) -> aws.enableImageDeprecation(c, IMAGE,
            Instant.parse("2027-01-01T00:00:00Z"))),
        call("DisableImageDeprecation", (aws, c) -> aws.disableImageDeprecation(c, IMAGE)),
        call("EnableImageDeregistrationProtection", (aws, c) -> aws.enableDeregistrationProtection(c, IMAGE, true)),
        call("DisableImageDeregistrationProtection", (aws, c) -> aws.disableDeregistrationProtection(c, IMAGE)),
        call("DisableImage", (aws, c) -> aws.disableImage(c, IMAGE)),
        call("EnableImage", (aws, c) -> aws.enableImage(c, IMAGE)),
        call("RestoreImageFromRecycleBin", (aws, c) -> aws.restoreImageFromRecycleBin(c, IMAGE)),
        call("EnableImageBlockPublicAccess", (aws, c) -> aws.enableImageBlockPublicAccess(c)),
        call("DisableImageBlockPublicAccess", (aws, c) -> aws.disableImageBlockPublicAccess(c)),
        call("DeleteSnapshot", (aws, c) -> aws.deleteSnapshot(c, SNAPSHOT)),
        call("ModifySnapshotAttribute", (aws, c) -> aws.modifyVolumePermissions(c, SNAPSHOT,
            List.of(VolumePermission.publicAccess()), List.of())),
        call("RunInstances", (aws, c) -> aws.runInstances(c, RunInstancesRequest.builder()
            .imageId(IMAGE).instanceType("t3.micro").build())),
        call("TerminateInstances", (aws, c) -> aws.terminateInstances(c, List.of(InstanceId.of("i-0123456789abcdef0")))),
        call("CreateTags", (aws, c) -> aws.createTags(c, List.of(IMAGE), Map.of("env", "prod"))),
        call("DeleteTags", (aws, c) -> aws.deleteTags(c, List.of(IMAGE), List.of("env"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutatingCalls")
  void aDryRunIsSentAsDryRunAndWouldSucceedBecomesADryRunException(String action,
      BiConsumer<AwsAmiProvider, Call> mutation) {
    failEc2(action, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.",
        "0c3a5b2f-dry-run-example");

    assertThatThrownBy(() -> mutation.accept(aws, CALL.asDryRun()))
        .isInstanceOfSatisfying(AmiDryRunException.class,
            e -> assertThat(e.errorCode()).isEqualTo("DryRunOperation"));
    assertThat(onlyRequest(action)).containsEntry("DryRun", "true");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutatingCalls")
  void aNormalCallSendsNoDryRun(String action, BiConsumer<AwsAmiProvider, Call> mutation) {
    // One answer fits every action: each reads the elements it knows (the SDK skips the others).
    answerEc2(action, ec2Answer(action, "<return>true</return><imageId>ami-0fedcba9876543210</imageId>"));

    mutation.accept(aws, CALL);

    assertThat(onlyRequest(action)).doesNotContainKey("DryRun");
  }

  @Test
  void aDescribeIgnoresTheDryRunFlag() {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet/>"));

    aws.describeImages(CALL.asDryRun(), ImageQuery.all(), PageRequest.first());

    assertThat(onlyRequest("DescribeImages")).isEqualTo(ec2Params("DescribeImages"));
  }

  private static Arguments call(String action, BiConsumer<AwsAmiProvider, Call> mutation) {
    return Arguments.of(action, mutation);
  }
}
