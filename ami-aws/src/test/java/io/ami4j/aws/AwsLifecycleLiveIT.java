package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiDryRunException;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a real AWS account, opt-in only ({@code mvn -Plive -pl ami-aws -am verify} with
 * credentials from the default chain and {@code AMI4J_LIVE_REGION} set). Reads public data and
 * makes dry runs only, so it creates nothing and leaves nothing to clean up; it needs
 * {@code sts:GetCallerIdentity}, {@code ssm:GetParameter}, {@code ssm:GetParametersByPath},
 * {@code ec2:DescribeImages} and {@code ec2:CopyImage}.
 */
class AwsLifecycleLiveIT {
  private static final String AL2023_X86 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

  private static AwsAmiProvider aws;
  private static Call call;

  @BeforeAll
  static void connect() {
    String region = System.getenv("AMI4J_LIVE_REGION");
    Assumptions.assumeTrue(region != null && !region.isBlank(),
        "Set AMI4J_LIVE_REGION (e.g. eu-west-1) and AWS credentials to run the live tests");
    call = Call.in(Region.of(region));
    aws = AwsAmiProvider.create();
  }

  @AfterAll
  static void close() {
    if (aws != null) {
      aws.close();
    }
  }

  @Test
  void theLatestAmazonLinux2023IsFoundThroughSsmAndDescribedByEc2() {
    AccountId me = aws.callerAccount(call);
    assertThat(me.value()).hasSize(12);

    SsmParameter latest = aws.getParameter(call, AL2023_X86).orElseThrow();
    ImageId id = ImageId.of(latest.value());

    Page<Image> page = aws.describeImages(call, ImageQuery.byIds(List.of(id)), PageRequest.first());
    assertThat(page.items()).singleElement().satisfies(image -> {
      assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
      assertThat(image.architecture()).isEqualTo(Architecture.X86_64);
      assertThat(image.ownerAlias()).contains("amazon");
      assertThat(image.name()).startsWith("al2023-ami-");
      assertThat(image.snapshotIds()).isNotEmpty();
    });
  }

  @Test
  void theAmazonLinuxParametersArePagedBySsm() {
    Page<SsmParameter> page = aws.getParametersByPath(call, "/aws/service/ami-amazon-linux-latest",
        PageRequest.ofSize(5));
    assertThat(page.items()).isNotEmpty().hasSizeLessThanOrEqualTo(5)
        .allSatisfy(p -> assertThat(p.name()).startsWith("/aws/service/ami-amazon-linux-latest/"));
    assertThat(aws.getParameter(call, "/aws/service/ami-amazon-linux-latest/no-such-parameter-ami4j")).isEmpty();
  }

  @Test
  void aDryRunCopyIsAllowedAndCopiesNothing() {
    ImageId id = ImageId.of(aws.getParameter(call, AL2023_X86).orElseThrow().value());

    assertThatThrownBy(() -> aws.copyImage(call.asDryRun(), CopyImageRequest.builder()
        .sourceImageId(id).sourceRegion(call.region()).name("ami4j-live-dry-run").build()))
        .isInstanceOf(AmiDryRunException.class);
  }
}
