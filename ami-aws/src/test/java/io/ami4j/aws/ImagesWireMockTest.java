package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.BootMode;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Hypervisor;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.ImageType;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.InstanceId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Owner;
import io.ami4j.model.ProductCode;
import io.ami4j.model.Region;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.model.StateReason;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import io.ami4j.model.VolumeType;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RegisterImageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImagesWireMockTest extends AwsWireMockSupport {
  private static final ImageId GOLDEN = ImageId.of("ami-0abcdef1234567890");
  private static final SnapshotId ROOT_SNAPSHOT = SnapshotId.of("snap-0123456789abcdef0");
  private static final String KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  @Test
  void describeImagesSendsOwnersFiltersAndPagingAndReadsEveryAttribute() {
    answerEc2("DescribeImages");

    Page<Image> page = aws.describeImages(CALL, ImageQuery.builder()
            .addOwners(Owner.SELF, Owner.account("123456789012"))
            .addExecutableBy("self")
            .name("web-*", "api-*")
            .tag("env", "prod")
            .includeDeprecated(true)
            .includeDisabled(true)
            .build(),
        PageRequest.ofSize(50).next("page-2-token"));

    assertThat(onlyRequest("DescribeImages")).isEqualTo(ec2Params("DescribeImages",
        "ExecutableBy.1", "self",
        "Owner.1", "self",
        "Owner.2", "123456789012",
        "IncludeDeprecated", "true",
        "IncludeDisabled", "true",
        "MaxResults", "50",
        "NextToken", "page-2-token",
        "Filter.1.Name", "name",
        "Filter.1.Value.1", "web-*",
        "Filter.1.Value.2", "api-*",
        "Filter.2.Name", "tag:env",
        "Filter.2.Value.1", "prod"));
    assertThat(page.nextToken()).isEmpty();
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(0)).isEqualTo(everyAttributeImage());
    assertThat(page.items().get(1)).isEqualTo(amazonLinuxImage());
  }

  @Test
  void describeImagesByIdsSendsNoPageSize() {
    answerEc2("DescribeImages");

    aws.describeImages(CALL, ImageQuery.byIds(List.of(GOLDEN, ImageId.of("ami-5731123e"))), PageRequest.ofSize(10));

    // EC2 refuses MaxResults together with ImageId.N: the ids bound the answer instead.
    assertThat(onlyRequest("DescribeImages")).isEqualTo(ec2Params("DescribeImages",
        "ImageId.1", "ami-0abcdef1234567890",
        "ImageId.2", "ami-5731123e"));
  }

  @Test
  void describeImagesPagesThroughThreeCallsWithEachNextToken() {
    answerEc2("DescribeImages", page("ami-00000001", "token-2"));
    wm.stubFor(post("/")
        .withRequestBody(containing("NextToken=token-2"))
        .willReturn(okXml(page("ami-00000002", "token-3"))));
    wm.stubFor(post("/")
        .withRequestBody(containing("NextToken=token-3"))
        .willReturn(okXml(page("ami-00000003", null))));

    ImageQuery mine = ImageQuery.builder().addOwners(Owner.SELF).build();
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.ofSize(5);
    Page<Image> page;
    int calls = 0;
    do {
      page = aws.describeImages(CALL, mine, request);
      page.items().forEach(i -> seen.add(i.id().value()));
      request = page.nextToken().map(request::next).orElse(null);
      calls++;
    } while (request != null && calls < 10);

    assertThat(seen).containsExactly("ami-00000001", "ami-00000002", "ami-00000003");
    assertThat(requests("DescribeImages")).containsExactly(
        ec2Params("DescribeImages", "Owner.1", "self", "MaxResults", "5"),
        ec2Params("DescribeImages", "Owner.1", "self", "MaxResults", "5", "NextToken", "token-2"),
        ec2Params("DescribeImages", "Owner.1", "self", "MaxResults", "5", "NextToken", "token-3"));
  }

  @Test
  void createImageSendsMappingsAndTagSpecificationsForImageAndSnapshots() {
    answerEc2("CreateImage");

    ImageId id = aws.createImage(CALL, CreateImageRequest.builder()
        .instanceId(InstanceId.of("i-0123456789abcdef0"))
        .name("web-2026-11-27")
        .description("Web server")
        .noReboot(true)
        .addBlockDeviceMappings(
            BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(ROOT_SNAPSHOT).volumeSize(20)
                .volumeType(VolumeType.GP3).iops(4000).throughput(250).encrypted(true).kmsKey(KmsKey.of(KEY_ARN))
                .deleteOnTermination(false).build()),
            BlockDeviceMapping.ephemeral("/dev/sdb", "ephemeral0"),
            BlockDeviceMapping.noDevice("/dev/sdc"))
        .putImageTags("env", "prod")
        .putSnapshotTags("backup", "daily")
        .build());

    assertThat(id).isEqualTo(ImageId.of("ami-1a2b3c4d5e6f70819"));
    assertThat(onlyRequest("CreateImage")).isEqualTo(ec2Params("CreateImage",
        "TagSpecification.1.ResourceType", "image",
        "TagSpecification.1.Tag.1.Key", "env",
        "TagSpecification.1.Tag.1.Value", "prod",
        "TagSpecification.2.ResourceType", "snapshot",
        "TagSpecification.2.Tag.1.Key", "backup",
        "TagSpecification.2.Tag.1.Value", "daily",
        "InstanceId", "i-0123456789abcdef0",
        "Name", "web-2026-11-27",
        "Description", "Web server",
        "NoReboot", "true",
        "BlockDeviceMapping.1.DeviceName", "/dev/xvda",
        "BlockDeviceMapping.1.Ebs.DeleteOnTermination", "false",
        "BlockDeviceMapping.1.Ebs.Iops", "4000",
        "BlockDeviceMapping.1.Ebs.SnapshotId", "snap-0123456789abcdef0",
        "BlockDeviceMapping.1.Ebs.VolumeSize", "20",
        "BlockDeviceMapping.1.Ebs.VolumeType", "gp3",
        "BlockDeviceMapping.1.Ebs.KmsKeyId", KEY_ARN,
        "BlockDeviceMapping.1.Ebs.Throughput", "250",
        "BlockDeviceMapping.1.Ebs.Encrypted", "true",
        "BlockDeviceMapping.2.DeviceName", "/dev/sdb",
        "BlockDeviceMapping.2.VirtualName", "ephemeral0",
        "BlockDeviceMapping.3.DeviceName", "/dev/sdc",
        "BlockDeviceMapping.3.NoDevice", ""));
  }

  @Test
  void registerImageSendsEveryParameter() {
    answerEc2("RegisterImage");

    ImageId id = aws.registerImage(CALL, RegisterImageRequest.builder()
        .name("web-registered")
        .description("From a snapshot")
        .architecture(Architecture.ARM64)
        .rootDeviceName("/dev/xvda")
        .virtualizationType(VirtualizationType.HVM)
        .enaSupport(true)
        .sriovNetSupport("simple")
        .bootMode(BootMode.UEFI)
        .tpmSupport(TpmSupport.V2_0)
        .imdsSupport(ImdsSupport.V2_0)
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda",
            EbsBlockDevice.builder().snapshotId(ROOT_SNAPSHOT).volumeType(VolumeType.GP3).build()))
        .addBillingProducts("bp-6ba54002")
        .putTags("env", "prod")
        .build());

    assertThat(id).isEqualTo(ImageId.of("ami-0aa1bb2cc3dd4ee5f"));
    assertThat(onlyRequest("RegisterImage")).isEqualTo(ec2Params("RegisterImage",
        "BillingProduct.1", "bp-6ba54002",
        "BootMode", "uefi",
        "TpmSupport", "v2.0",
        "ImdsSupport", "v2.0",
        "TagSpecification.1.ResourceType", "image",
        "TagSpecification.1.Tag.1.Key", "env",
        "TagSpecification.1.Tag.1.Value", "prod",
        "Name", "web-registered",
        "Description", "From a snapshot",
        "Architecture", "arm64",
        "RootDeviceName", "/dev/xvda",
        "BlockDeviceMapping.1.DeviceName", "/dev/xvda",
        "BlockDeviceMapping.1.Ebs.DeleteOnTermination", "true",
        "BlockDeviceMapping.1.Ebs.SnapshotId", "snap-0123456789abcdef0",
        "BlockDeviceMapping.1.Ebs.VolumeType", "gp3",
        "VirtualizationType", "hvm",
        "SriovNetSupport", "simple",
        "EnaSupport", "true"));
  }

  @Test
  void copyImageSendsSourceEncryptionTagsAndClientToken() {
    answerEc2("CopyImage");

    ImageId copy = aws.copyImage(CALL,
        CopyImageRequest.builder()
            .sourceImageId(GOLDEN)
            .sourceRegion(Region.of("eu-west-1"))
            .name("web-2026-11-27")
            .description("Copied for us-east-1")
            .encrypted(true)
            .kmsKey(KmsKey.alias("alias/ami"))
            .copyImageTags(true)
            .putTags("copy-of", "ami-0abcdef1234567890")
            .clientToken("copy-web-2026-11-27-us-east-1")
            .build());

    assertThat(copy).isEqualTo(ImageId.of("ami-438bea42"));
    assertThat(onlyRequest("CopyImage")).isEqualTo(ec2Params("CopyImage",
        "ClientToken", "copy-web-2026-11-27-us-east-1",
        "Description", "Copied for us-east-1",
        "Encrypted", "true",
        "KmsKeyId", "alias/ami",
        "Name", "web-2026-11-27",
        "SourceImageId", "ami-0abcdef1234567890",
        "SourceRegion", "eu-west-1",
        "CopyImageTags", "true",
        "TagSpecification.1.ResourceType", "image",
        "TagSpecification.1.Tag.1.Key", "copy-of",
        "TagSpecification.1.Tag.1.Value", "ami-0abcdef1234567890"));
  }

  @Test
  void deregisterImageWithSnapshotsReportsEachSnapshot() {
    answerEc2("DeregisterImage");

    DeregisterImageAnswer result = aws.deregisterImage(CALL, GOLDEN, true);

    assertThat(onlyRequest("DeregisterImage")).isEqualTo(ec2Params("DeregisterImage",
        "ImageId", "ami-0abcdef1234567890",
        "DeleteAssociatedSnapshots", "true"));
    assertThat(result).isEqualTo(DeregisterImageAnswer.of(GOLDEN, List.of(
        SnapshotDeletion.of(ROOT_SNAPSHOT, SnapshotOutcome.SUCCESS),
        SnapshotDeletion.of(SnapshotId.of("snap-0fedcba9876543210"), SnapshotOutcome.SKIPPED),
        SnapshotDeletion.of(SnapshotId.of("snap-01111111111111111"), SnapshotOutcome.MISSING_PERMISSIONS))));
  }

  @Test
  void deregisterImageAloneSendsOnlyTheImage() {
    answerEc2("DeregisterImage", ec2Answer("DeregisterImage", "<return>true</return>"));

    DeregisterImageAnswer result = aws.deregisterImage(CALL, GOLDEN, false);

    assertThat(onlyRequest("DeregisterImage")).isEqualTo(ec2Params("DeregisterImage",
        "ImageId", "ami-0abcdef1234567890"));
    assertThat(result.snapshots()).isEmpty();
    assertThat(result.imageId()).isEqualTo(GOLDEN);
  }

  @Test
  void imagesWithValuesAmi4jDoesNotKnowAreKeptWithEc2sText() {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet>"
        + "<item><imageId>ami-00000001</imageId><imageState>available</imageState>"
        + "<imageOwnerId>123456789012</imageOwnerId><creationDate>2026-11-01T00:00:00.000Z</creationDate>"
        + "<architecture>riscv64</architecture><name>from-the-future</name><rootDeviceType>ebs</rootDeviceType></item>"
        + "<item><imageId>ami-00000002</imageId><imageState>available</imageState>"
        + "<imageOwnerId>123456789012</imageOwnerId><creationDate>2026-11-01T00:00:00.000Z</creationDate>"
        + "<architecture>x86_64</architecture><name>new-boot-mode</name><rootDeviceType>ebs</rootDeviceType>"
        + "<bootMode>uefi-next</bootMode><hypervisor>nitro-next</hypervisor></item>"
        + "</imagesSet>"));

    Page<Image> page = aws.describeImages(CALL, ImageQuery.all(), PageRequest.first());

    assertThat(page.unmapped()).isEmpty();
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(0)).satisfies(i -> {
      assertThat(i.id()).isEqualTo(ImageId.of("ami-00000001"));
      assertThat(i.architecture()).isEqualTo(Architecture.UNKNOWN);
      assertThat(i.unknownValues()).containsExactly(Map.entry("architecture", "riscv64"));
    });
    assertThat(page.items().get(1)).satisfies(i -> {
      assertThat(i.id()).isEqualTo(ImageId.of("ami-00000002"));
      assertThat(i.bootMode()).isEmpty();
      assertThat(i.hypervisor()).isEmpty();
      assertThat(i.unknownValues()).containsOnly(Map.entry("bootMode", "uefi-next"),
          Map.entry("hypervisor", "nitro-next"));
    });
  }

  /** The first image of {@code ec2/DescribeImages.xml}, every attribute set. */
  static Image everyAttributeImage() {
    return Image.builder()
        .id(GOLDEN)
        .imageLocation("123456789012/web-2026-11-27")
        .state(ImageState.FAILED)
        .ownerId(AccountId.of("123456789012"))
        .creationDate(Instant.parse("2026-11-27T09:50:59Z"))
        .isPublic(true)
        .addProductCodes(ProductCode.marketplace("prodcode1234567890abcdef"))
        .architecture(Architecture.ARM64)
        .imageType(ImageType.MACHINE)
        .kernelId("aki-88aa75e1")
        .ramdiskId("ari-1a2b3c4d")
        .platform("windows")
        .platformDetails("Windows")
        .usageOperation("RunInstances:0002")
        .stateReason(StateReason.of("Client.InvalidSnapshot.NotFound",
            "The snapshot snap-0123456789abcdef0 does not exist"))
        .ownerAlias("amazon")
        .name("web-2026-11-27")
        .description("Web server, November build")
        .rootDeviceType(RootDeviceType.EBS)
        .rootDeviceName("/dev/xvda")
        .addBlockDeviceMappings(
            BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(ROOT_SNAPSHOT).volumeSize(20)
                .deleteOnTermination(false).volumeType(VolumeType.GP3).iops(4000).throughput(250).encrypted(true)
                .kmsKey(KmsKey.of(KEY_ARN)).build()),
            BlockDeviceMapping.ephemeral("/dev/sdb", "ephemeral0"),
            BlockDeviceMapping.noDevice("/dev/sdc"))
        .virtualizationType(VirtualizationType.HVM)
        .tags(Map.of("env", "prod", "team", "web"))
        .hypervisor(Hypervisor.XEN)
        .enaSupport(true)
        .sriovNetSupport("simple")
        .bootMode(BootMode.UEFI_PREFERRED)
        .tpmSupport(TpmSupport.V2_0)
        .deprecationTime(Instant.parse("2027-05-27T10:00:00Z"))
        .imdsSupport(ImdsSupport.V2_0)
        .sourceInstanceId(InstanceId.of("i-0123456789abcdef0"))
        .deregistrationProtection("enabled-with-cooldown")
        .lastLaunchedTime(Instant.parse("2026-11-26T17:01:02Z"))
        .sourceImageId(ImageId.of("ami-0fedcba9876543210"))
        .sourceImageRegion(Region.of("eu-west-1"))
        .build();
  }

  /** The second image of {@code ec2/DescribeImages.xml}: gp2, whose reported iops are not settable. */
  private static Image amazonLinuxImage() {
    return Image.builder()
        .id(ImageId.of("ami-5731123e"))
        .imageLocation("amazon/al2023-ami-2023.9.20261120.0-kernel-6.1-x86_64")
        .state(ImageState.AVAILABLE)
        .ownerId(AccountId.of("137112412989"))
        .creationDate(Instant.parse("2026-11-20T18:30:11Z"))
        .architecture(Architecture.X86_64)
        .name("al2023-ami-2023.9.20261120.0-kernel-6.1-x86_64")
        .rootDeviceType(RootDeviceType.EBS)
        .rootDeviceName("/dev/xvda")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder()
            .snapshotId(SnapshotId.of("snap-0fedcba9876543210")).volumeSize(8).volumeType(VolumeType.GP2)
            .encrypted(false).build()))
        .hypervisor(Hypervisor.XEN)
        .description(Optional.empty())
        .build();
  }

  /** A DescribeImages page of one minimal image. */
  private static String page(String imageId, String nextToken) {
    return ec2Answer("DescribeImages", "<imagesSet><item><imageId>" + imageId + "</imageId>"
        + "<imageState>available</imageState><imageOwnerId>123456789012</imageOwnerId>"
        + "<creationDate>2026-11-01T00:00:00.000Z</creationDate><isPublic>false</isPublic>"
        + "<architecture>x86_64</architecture><imageType>machine</imageType><name>" + imageId + "-name</name>"
        + "<rootDeviceType>ebs</rootDeviceType><virtualizationType>hvm</virtualizationType></item></imagesSet>"
        + (nextToken == null ? "" : "<nextToken>" + nextToken + "</nextToken>"));
  }
}
