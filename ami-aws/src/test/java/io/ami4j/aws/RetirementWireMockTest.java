package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.model.ImageReferenceType;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetirementWireMockTest extends AwsWireMockSupport {
  private static final ImageId GOLDEN = ImageId.of("ami-0abcdef1234567890");
  private static final String GOLDEN_ID = "ami-0abcdef1234567890";

  @Test
  void enableImageDeprecationSendsTheTimeInIso8601() {
    answerEc2("EnableImageDeprecation");

    aws.enableImageDeprecation(CALL, GOLDEN, Instant.parse("2027-05-27T10:00:00Z"));

    assertThat(onlyRequest("EnableImageDeprecation")).isEqualTo(ec2Params("EnableImageDeprecation",
        "ImageId", GOLDEN_ID,
        "DeprecateAt", "2027-05-27T10:00:00Z"));
  }

  @Test
  void disableImageDeprecationSendsTheImage() {
    answerEc2("DisableImageDeprecation");

    aws.disableImageDeprecation(CALL, GOLDEN);

    assertThat(onlyRequest("DisableImageDeprecation")).isEqualTo(ec2Params("DisableImageDeprecation",
        "ImageId", GOLDEN_ID));
  }

  @Test
  void deregistrationProtectionIsEnabledWithCooldownAndDisabled() {
    answerEc2("EnableImageDeregistrationProtection");
    answerEc2("DisableImageDeregistrationProtection");

    aws.enableDeregistrationProtection(CALL, GOLDEN, true);
    aws.disableDeregistrationProtection(CALL, GOLDEN);

    assertThat(onlyRequest("EnableImageDeregistrationProtection")).isEqualTo(
        ec2Params("EnableImageDeregistrationProtection", "ImageId", GOLDEN_ID, "WithCooldown", "true"));
    assertThat(onlyRequest("DisableImageDeregistrationProtection")).isEqualTo(
        ec2Params("DisableImageDeregistrationProtection", "ImageId", GOLDEN_ID));
  }

  @Test
  void deregistrationProtectionWithoutCooldownSendsNoCooldown() {
    answerEc2("EnableImageDeregistrationProtection");

    aws.enableDeregistrationProtection(CALL.asDryRun(), GOLDEN, false);

    assertThat(onlyRequest("EnableImageDeregistrationProtection")).isEqualTo(
        ec2Params("EnableImageDeregistrationProtection", "ImageId", GOLDEN_ID, "DryRun", "true"));
  }

  @Test
  void imagesAreDisabledAndEnabled() {
    answerEc2("DisableImage");
    answerEc2("EnableImage");

    aws.disableImage(CALL, GOLDEN);
    aws.enableImage(CALL, GOLDEN);

    assertThat(onlyRequest("DisableImage")).isEqualTo(ec2Params("DisableImage", "ImageId", GOLDEN_ID));
    assertThat(onlyRequest("EnableImage")).isEqualTo(ec2Params("EnableImage", "ImageId", GOLDEN_ID));
  }

  @Test
  void listImagesInRecycleBinReadsOnePageAndItsToken() {
    answerEc2("ListImagesInRecycleBin");

    Page<RecycleBinImage> page = aws.listImagesInRecycleBin(CALL, List.of(), PageRequest.ofSize(25).next("rb-page-1"));

    assertThat(onlyRequest("ListImagesInRecycleBin")).isEqualTo(ec2Params("ListImagesInRecycleBin",
        "NextToken", "rb-page-1",
        "MaxResults", "25"));
    assertThat(page.nextToken()).contains("rb-page-2");
    assertThat(page.items()).containsExactly(RecycleBinImage.builder()
        .imageId(GOLDEN)
        .name("web-2026-10-01")
        .description("Web server, October build")
        .enterTime(Instant.parse("2026-11-20T10:00:00Z"))
        .exitTime(Instant.parse("2026-11-27T10:00:00Z"))
        .build());
  }

  @Test
  void listImagesInRecycleBinByIdsSendsTheIds() {
    answerEc2("ListImagesInRecycleBin");

    aws.listImagesInRecycleBin(CALL, List.of(GOLDEN), PageRequest.first());

    assertThat(onlyRequest("ListImagesInRecycleBin")).isEqualTo(ec2Params("ListImagesInRecycleBin",
        "ImageId.1", GOLDEN_ID));
  }

  @Test
  void restoreImageFromRecycleBinSendsTheImage() {
    answerEc2("RestoreImageFromRecycleBin");

    aws.restoreImageFromRecycleBin(CALL, GOLDEN);

    assertThat(onlyRequest("RestoreImageFromRecycleBin")).isEqualTo(ec2Params("RestoreImageFromRecycleBin",
        "ImageId", GOLDEN_ID));
  }

  @Test
  void describeImageReferencesAsksForEveryResourceType() {
    answerEc2("DescribeImageReferences");

    Page<ImageReference> page = aws.describeImageReferences(CALL,
        List.of(GOLDEN, ImageId.of("ami-5731123e")), PageRequest.ofSize(2));

    // EC2's smallest page for DescribeImageReferences is 5: a smaller size is raised to it.
    assertThat(onlyRequest("DescribeImageReferences")).isEqualTo(ec2Params("DescribeImageReferences",
        "ImageId.1", GOLDEN_ID,
        "ImageId.2", "ami-5731123e",
        "IncludeAllResourceTypes", "true",
        "MaxResults", "5"));
    assertThat(page.nextToken()).isEmpty();
    assertThat(page.items()).containsExactly(
        ImageReference.of(GOLDEN, ImageReferenceType.EC2_INSTANCE,
            "arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0"),
        ImageReference.of(GOLDEN, ImageReferenceType.EC2_LAUNCH_TEMPLATE,
            "arn:aws:ec2:us-east-1:123456789012:launch-template/lt-0123456789abcdef0"),
        ImageReference.of(GOLDEN, ImageReferenceType.SSM_PARAMETER,
            "arn:aws:ssm:us-east-1:123456789012:parameter/golden/web"),
        ImageReference.of(GOLDEN, ImageReferenceType.IMAGE_BUILDER_RECIPE,
            "arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/web/1.0.0"));
  }
}
