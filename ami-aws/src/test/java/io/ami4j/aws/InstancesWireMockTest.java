package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Filter;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.ProductCode;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.StateReason;
import io.ami4j.model.VolumeType;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstancesWireMockTest extends AwsWireMockSupport {
  private static final ImageId GOLDEN = ImageId.of("ami-0abcdef1234567890");
  private static final String USER_DATA = "#!/bin/bash\necho 'hello from ami4j' > /tmp/hello\n";

  @Test
  void runInstancesSendsEveryParameterAndReadsThePendingInstances() {
    answerEc2("RunInstances");

    List<Instance> launched = aws.runInstances(CALL, RunInstancesRequest.builder()
        .imageId(GOLDEN)
        .instanceType("t3.micro")
        .count(2)
        .subnetId("subnet-0123456789abcdef0")
        .addSecurityGroupIds("sg-0123456789abcdef0", "sg-0fedcba9876543210")
        .keyName("ops")
        .userData(USER_DATA)
        .iamInstanceProfile("web-profile")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda",
            EbsBlockDevice.builder().volumeSize(30).volumeType(VolumeType.GP3).build()))
        .putTags("env", "prod")
        .clientToken("launch-web-2026-11-27")
        .build());

    String encoded = Base64.getEncoder().encodeToString(USER_DATA.getBytes(StandardCharsets.UTF_8));
    assertThat(onlyRequest("RunInstances")).isEqualTo(ec2Params("RunInstances",
        "BlockDeviceMapping.1.DeviceName", "/dev/xvda",
        "BlockDeviceMapping.1.Ebs.DeleteOnTermination", "true",
        "BlockDeviceMapping.1.Ebs.VolumeSize", "30",
        "BlockDeviceMapping.1.Ebs.VolumeType", "gp3",
        "ImageId", "ami-0abcdef1234567890",
        "InstanceType", "t3.micro",
        "KeyName", "ops",
        "MaxCount", "2",
        "MinCount", "2",
        "SecurityGroupId.1", "sg-0123456789abcdef0",
        "SecurityGroupId.2", "sg-0fedcba9876543210",
        "SubnetId", "subnet-0123456789abcdef0",
        "UserData", encoded,
        "TagSpecification.1.ResourceType", "instance",
        "TagSpecification.1.Tag.1.Key", "env",
        "TagSpecification.1.Tag.1.Value", "prod",
        "ClientToken", "launch-web-2026-11-27",
        "IamInstanceProfile.Name", "web-profile"));
    assertThat(launched).extracting(i -> i.id().value()).containsExactly("i-0123456789abcdef0", "i-0fedcba9876543210");
    assertThat(launched.get(0)).isEqualTo(Instance.builder()
        .id(InstanceId.of("i-0123456789abcdef0"))
        .imageId(GOLDEN)
        .state(InstanceState.PENDING)
        .instanceType("t3.micro")
        .launchTime(Instant.parse("2026-11-27T10:00:00Z"))
        .architecture(Architecture.X86_64)
        .rootDeviceType(RootDeviceType.EBS)
        .privateIpAddress("10.0.0.12")
        .privateDnsName("ip-10-0-0-12.ec2.internal")
        .keyName("ops")
        .subnetId("subnet-0123456789abcdef0")
        .addSecurityGroupIds("sg-0123456789abcdef0")
        .stateReason(StateReason.of("pending", "pending"))
        .tags(Map.of("env", "prod"))
        .build());
  }

  @Test
  void runInstancesTakesAnInstanceProfileByArn() {
    answerEc2("RunInstances");

    aws.runInstances(CALL.asDryRun(), RunInstancesRequest.builder().imageId(GOLDEN).instanceType("t3.micro")
        .iamInstanceProfile("arn:aws:iam::123456789012:instance-profile/web").build());

    // Without a token of the caller's, the SDK makes one (a UUID), so every call is idempotent on its own.
    Map<String, String> sent = new java.util.HashMap<>(onlyRequest("RunInstances"));
    assertThat(sent.remove("ClientToken")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(sent).isEqualTo(ec2Params("RunInstances",
        "ImageId", "ami-0abcdef1234567890",
        "InstanceType", "t3.micro",
        "MaxCount", "1",
        "MinCount", "1",
        "DryRun", "true",
        "IamInstanceProfile.Arn", "arn:aws:iam::123456789012:instance-profile/web"));
  }

  @Test
  void describeInstancesFlattensReservationsAndKeepsTheToken() {
    answerEc2("DescribeInstances");

    Page<Instance> page = aws.describeInstances(CALL, InstanceQuery.builder()
            .addFilters(Filter.of("image-id", "ami-0abcdef1234567890"))
            .build(),
        PageRequest.ofSize(1000));

    assertThat(onlyRequest("DescribeInstances")).isEqualTo(ec2Params("DescribeInstances",
        "Filter.1.Name", "image-id",
        "Filter.1.Value.1", "ami-0abcdef1234567890",
        "MaxResults", "1000"));
    assertThat(page.nextToken()).contains("inst-page-2");
    assertThat(page.items()).containsExactly(
        Instance.builder()
            .id(InstanceId.of("i-0123456789abcdef0"))
            .imageId(GOLDEN)
            .state(InstanceState.RUNNING)
            .instanceType("t3.micro")
            .launchTime(Instant.parse("2026-11-27T10:00:00Z"))
            .architecture(Architecture.X86_64)
            .platform("windows")
            .rootDeviceType(RootDeviceType.EBS)
            .privateIpAddress("10.0.0.12")
            .privateDnsName("ip-10-0-0-12.ec2.internal")
            .publicIpAddress("54.0.0.12")
            .publicDnsName("ec2-54-0-0-12.compute-1.amazonaws.com")
            .keyName("ops")
            .subnetId("subnet-0123456789abcdef0")
            .addSecurityGroupIds("sg-0123456789abcdef0")
            .addProductCodes(ProductCode.marketplace("prodcode1234567890abcdef"))
            .tags(Map.of("Name", "web-1"))
            .build(),
        Instance.builder()
            .id(InstanceId.of("i-0fedcba9876543210"))
            .imageId(GOLDEN)
            .state(InstanceState.TERMINATED)
            .instanceType("t3.small")
            .launchTime(Instant.parse("2026-11-26T08:00:00Z"))
            .architecture(Architecture.ARM64)
            .rootDeviceType(RootDeviceType.EBS)
            .stateReason(StateReason.of("Client.UserInitiatedShutdown",
                "Client.UserInitiatedShutdown: User initiated shutdown"))
            .build());
  }

  @Test
  void describeInstancesByIdsSendsNoPageSize() {
    answerEc2("DescribeInstances");

    aws.describeInstances(CALL, InstanceQuery.byIds(List.of(InstanceId.of("i-0123456789abcdef0"))),
        PageRequest.ofSize(50).next("inst-page-1"));

    // EC2 refuses MaxResults together with InstanceId.N.
    assertThat(onlyRequest("DescribeInstances")).isEqualTo(ec2Params("DescribeInstances",
        "InstanceId.1", "i-0123456789abcdef0",
        "NextToken", "inst-page-1"));
  }

  @Test
  void terminateInstancesSendsEveryInstance() {
    answerEc2("TerminateInstances");

    aws.terminateInstances(CALL, List.of(InstanceId.of("i-0123456789abcdef0"), InstanceId.of("i-0fedcba9876543210")));

    assertThat(onlyRequest("TerminateInstances")).isEqualTo(ec2Params("TerminateInstances",
        "InstanceId.1", "i-0123456789abcdef0",
        "InstanceId.2", "i-0fedcba9876543210"));
  }
}
