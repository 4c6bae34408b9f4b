package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.ImageAttributeName;
import software.amazon.awssdk.services.ec2.model.ImageState;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.ResetImageAttributeName;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.ec2.model.SnapshotReturnCodes;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParametersResponse;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS SDK's own Ec2Client, SsmClient and StsClient against the fake endpoint, for every
 * action it serves — and, last, the wire of every answer checked against EC2's service model.
 */
@SuppressWarnings("unchecked") // the SDK's Consumer<Builder>... varargs
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeEc2ServerSdkTest {
  private static final String OWNER_KEY = "AKIAIOSFODNN7EXAMPLE";   // not 12 digits: the default account
  private static final String PARTNER = "222233334444";

  private static final String AL2023 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

  private final FakeEc2 world = FakeEc2.create();
  private final List<String[]> exchanges = new ArrayList<>();
  private final Set<String> succeeded = ConcurrentHashMap.newKeySet();
  private final Ec2WireCheck model = Ec2WireCheck.load();
  private final List<String> requestProblems = new ArrayList<>();
  private FakeEc2Server server;
  private Ec2Client ec2;
  private Ec2Client ec2Eu;
  private Ec2Client partner;

  private String instanceId;
  private String imageId;
  private String snapshotId;
  private String registered;
  private String copyId;

  @BeforeAll
  void start() {
    // Deregistered images of the default account in eu-west-1 go to the Recycle Bin for a week.
    world.recycleBinRetention(FakeEc2.DEFAULT_ACCOUNT, Region.of("eu-west-1"), Duration.ofDays(7));
    server = FakeEc2Server.builder().world(world)
        .wireTap((action, request, status, body) -> {
          synchronized (exchanges) {
            exchanges.add(new String[] {action, String.valueOf(status), body});
            if (model.knows(action)) {
              requestProblems.addAll(model.requestViolations(action, request.namesRead()));
            }
          }
          if (status == 200) {
            succeeded.add(action);
          }
        })
        .start();
    ec2 = SdkClients.ec2(server.endpoint(), OWNER_KEY, "us-east-1");
    ec2Eu = SdkClients.ec2(server.endpoint(), OWNER_KEY, "eu-west-1");
    partner = SdkClients.ec2(server.endpoint(), PARTNER, "us-east-1");
  }

  @AfterAll
  void stop() {
    ec2.close();
    ec2Eu.close();
    partner.close();
    server.close();
  }

  @Test
  @Order(1)
  void describesAmazonImagesPageByPage() {
    DescribeImagesResponse r = ec2.describeImages(b -> b.owners("amazon")
        .filters(f -> f.name("name").values("al2023-ami-*-x86_64")));
    assertThat(r.images()).isNotEmpty().allSatisfy(i -> {
      assertThat(i.imageOwnerAlias()).isEqualTo("amazon");
      assertThat(i.ownerId()).isEqualTo(FakeEc2.AMAZON.value());
      assertThat(i.state()).isEqualTo(ImageState.AVAILABLE);
      assertThat(i.architectureAsString()).isEqualTo("x86_64");
      assertThat(i.publicLaunchPermissions()).isTrue();
      assertThat(i.blockDeviceMappings()).isNotEmpty()
          .allSatisfy(m -> assertThat(m.ebs().snapshotId()).startsWith("snap-"));
      assertThat(i.creationDate()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    });

    List<String> all = ec2.describeImages(b -> b.owners("amazon")).images().stream().map(Image::imageId).toList();
    List<String> paged = ec2.describeImagesPaginator(b -> b.owners("amazon").maxResults(5)).images().stream()
        .map(Image::imageId).toList();
    assertThat(all).hasSizeGreaterThan(5);
    assertThat(paged).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  @Order(2)
  void readsThePublicParametersThroughSsm() {
    try (SsmClient ssm = SdkClients.ssm(server.endpoint(), OWNER_KEY, "us-east-1")) {
      String al2023 = ssm.getParameter(b -> b.name(AL2023)).parameter().value();
      assertThat(al2023).startsWith("ami-");
      assertThat(ec2.describeImages(b -> b.imageIds(al2023)).images()).extracting(Image::name)
          .singleElement().asString().startsWith("al2023-ami-");

      GetParametersResponse both = ssm.getParameters(b -> b.names(AL2023, "/aws/service/none"));
      assertThat(both.parameters()).extracting(p -> p.value()).containsExactly(al2023);
      assertThat(both.invalidParameters()).containsExactly("/aws/service/none");

      assertThat(ssm.getParametersByPath(b -> b.path("/aws/service/ami-amazon-linux-latest").recursive(true))
          .parameters()).extracting(p -> p.name()).contains(AL2023);

      ParameterNotFoundException missing = catchThrowableOfType(ParameterNotFoundException.class,
          () -> ssm.getParameter(b -> b.name("/aws/service/none")));
      assertThat(missing.statusCode()).isEqualTo(400);
      assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("ParameterNotFound");
    }
  }

  @Test
  @Order(3)
  void stsNamesTheAccountOfTheAccessKey() {
    try (StsClient owner = SdkClients.sts(server.endpoint(), OWNER_KEY, "us-east-1");
        StsClient other = SdkClients.sts(server.endpoint(), PARTNER, "us-east-1")) {
      assertThat(owner.getCallerIdentity().account()).isEqualTo("000000000000");
      assertThat(other.getCallerIdentity().account()).isEqualTo(PARTNER);
      assertThat(other.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + PARTNER + ":root");
    }
  }

  @Test
  @Order(4)
  void runsAndDescribesInstances() {
    String al2023 = amazonImage();
    RunInstancesResponse run = ec2.runInstances(b -> b.imageId(al2023).instanceType("t3.micro")
        .minCount(1).maxCount(2).keyName("ops").securityGroupIds("sg-0123456789abcdef0")
        .tagSpecifications(t -> t.resourceType("instance").tags(tag("team", "web"))));
    assertThat(run.ownerId()).isEqualTo("000000000000");
    List<Instance> launched = run.instances();
    assertThat(launched).hasSize(2).allSatisfy(i -> {
      assertThat(i.state().name()).isEqualTo(InstanceStateName.PENDING);
      assertThat(i.imageId()).isEqualTo(al2023);
      assertThat(i.instanceTypeAsString()).isEqualTo("t3.micro");
    });
    assertThat(launched).extracting(Instance::amiLaunchIndex).containsExactly(0, 1);
    instanceId = launched.get(0).instanceId();
    world.clock().advance(world.timing().instancePending());

    // Launched together, described together: one reservation, as EC2 answers.
    List<String> both = launched.stream().map(Instance::instanceId).toList();
    assertThat(ec2.describeInstances(b -> b.instanceIds(both)).reservations()).singleElement().satisfies(r -> {
      assertThat(r.reservationId()).isEqualTo(run.reservationId());
      assertThat(r.instances()).extracting(Instance::instanceId).containsExactlyElementsOf(both);
    });

    List<Instance> described = ec2.describeInstances(b -> b.instanceIds(instanceId)).reservations()
        .stream().flatMap(r -> r.instances().stream()).toList();
    assertThat(described).singleElement().satisfies(i -> {
      assertThat(i.state().name()).isEqualTo(InstanceStateName.RUNNING);
      assertThat(i.tags()).containsExactly(tag("team", "web"));
      assertThat(i.keyName()).isEqualTo("ops");
      assertThat(i.securityGroups()).extracting(g -> g.groupId()).containsExactly("sg-0123456789abcdef0");
    });
  }

  @Test
  @Order(5)
  void createsAnImageThatTurnsAvailable() {
    imageId = ec2.createImage(b -> b.instanceId(instanceId).name("web-2026-11-27").description("golden")
        .noReboot(true).tagSpecifications(t -> t.resourceType("image").tags(tag("env", "prod")))).imageId();
    Image first = ec2.describeImages(b -> b.imageIds(imageId)).images().get(0);
    assertThat(first.state()).isEqualTo(ImageState.PENDING);
    world.clock().advance(world.timing().createImage());
    Image later = ec2.describeImages(b -> b.owners("self").filters(f -> f.name("tag:env").values("prod")))
        .images().get(0);
    assertThat(later.imageId()).isEqualTo(imageId);
    assertThat(later.state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(later.sourceInstanceId()).isEqualTo(instanceId);
    snapshotId = later.blockDeviceMappings().get(0).ebs().snapshotId();
  }

  @Test
  @Order(6)
  void tagsAreCreatedDescribedAndDeleted() {
    ec2.createTags(b -> b.resources(imageId, snapshotId).tags(tag("owner", "web-team"), tag("cost", "42")));
    assertThat(ec2.describeTags(b -> b.filters(f -> f.name("key").values("owner"))).tags())
        .extracting(t -> t.resourceId() + ":" + t.resourceTypeAsString() + ":" + t.value())
        .containsExactlyInAnyOrder(imageId + ":image:web-team", snapshotId + ":snapshot:web-team");
    ec2.deleteTags(b -> b.resources(snapshotId).tags(t -> t.key("owner")));
    assertThat(ec2.describeTags(b -> b.filters(f -> f.name("resource-id").values(snapshotId))).tags())
        .extracting(t -> t.key()).containsExactly("cost");
  }

  @Test
  @Order(7)
  void describesAndModifiesTheDescription() {
    ec2.modifyImageAttribute(b -> b.imageId(imageId).description(d -> d.value("golden & <tested>")));
    assertThat(ec2.describeImageAttribute(b -> b.imageId(imageId).attribute(ImageAttributeName.DESCRIPTION))
        .description().value()).isEqualTo("golden & <tested>");
  }

  @Test
  @Order(8)
  void sharesWithAnotherAccountWhoThenSeesAndCancelsIt() {
    ec2.modifyImageAttribute(b -> b.imageId(imageId)
        .launchPermission(p -> p.add(a -> a.userId(PARTNER))));
    assertThat(ec2.describeImageAttribute(b -> b.imageId(imageId).attribute(ImageAttributeName.LAUNCH_PERMISSION))
        .launchPermissions()).extracting(p -> p.userId()).containsExactly(PARTNER);
    assertThat(partner.describeImages(b -> b.imageIds(imageId)).images()).extracting(Image::ownerId)
        .containsExactly("000000000000");
    // The recipient's tags on a shared image are its own, and DescribeTags lists them.
    partner.createTags(b -> b.resources(imageId).tags(tag("seen-by", "partner")));
    assertThat(partner.describeTags(b -> b.filters(f -> f.name("resource-id").values(imageId))).tags())
        .extracting(t -> t.key() + "=" + t.value()).containsExactly("seen-by=partner");
    assertThat(ec2.describeTags(b -> b.filters(f -> f.name("key").values("seen-by"))).tags()).isEmpty();

    partner.cancelImageLaunchPermission(b -> b.imageId(imageId));
    Ec2Exception gone = catchThrowableOfType(Ec2Exception.class,
        () -> partner.describeImages(b -> b.imageIds(imageId)));
    assertThat(gone.awsErrorDetails().errorCode()).isEqualTo("InvalidAMIID.NotFound");

    ec2.modifyImageAttribute(b -> b.imageId(imageId).launchPermission(p -> p.add(a -> a.userId(PARTNER))));
    ec2.resetImageAttribute(b -> b.imageId(imageId).attribute(ResetImageAttributeName.LAUNCH_PERMISSION));
    assertThat(ec2.describeImageAttribute(b -> b.imageId(imageId).attribute(ImageAttributeName.LAUNCH_PERMISSION))
        .launchPermissions()).isEmpty();
  }

  @Test
  @Order(9)
  void copiesToAnotherRegion() {
    copyId = ec2Eu.copyImage(b -> b.sourceImageId(imageId).sourceRegion("us-east-1").name("web-eu")
        .copyImageTags(true).clientToken("copy-1")).imageId();
    String copy = copyId;
    Image described = ec2Eu.describeImages(b -> b.imageIds(copy)).images().get(0);
    assertThat(described.state()).isEqualTo(ImageState.PENDING);
    assertThat(described.sourceImageId()).isEqualTo(imageId);
    assertThat(described.sourceImageRegion()).isEqualTo("us-east-1");
    assertThat(described.tags()).contains(tag("env", "prod"));
    assertThat(ec2.describeImages(b -> b.owners("self")).images()).extracting(Image::imageId)
        .doesNotContain(copy);
  }

  @Test
  @Order(10)
  void retiresAndRevivesImages() {
    Instant at = Instant.parse("2027-01-01T00:00:00Z");
    assertThat(ec2.enableImageDeprecation(b -> b.imageId(imageId).deprecateAt(at)).returnValue()).isTrue();
    assertThat(image(imageId).deprecationTime()).isEqualTo("2027-01-01T00:00:00.000Z");
    ec2.disableImageDeprecation(b -> b.imageId(imageId));
    assertThat(image(imageId).deprecationTime()).isNull();

    ec2.enableImageDeregistrationProtection(b -> b.imageId(imageId).withCooldown(true));
    assertThat(image(imageId).deregistrationProtection()).isEqualTo("enabled-with-cooldown");
    ec2.disableImageDeregistrationProtection(b -> b.imageId(imageId));
    // With a cooldown, protection lasts a while after it is disabled: "disabled-until-…".
    assertThat(image(imageId).deregistrationProtection()).startsWith("disabled-until-");

    ec2.disableImage(b -> b.imageId(imageId));
    assertThat(image(imageId).state()).isEqualTo(ImageState.DISABLED);
    ec2.enableImage(b -> b.imageId(imageId));
    assertThat(image(imageId).state()).isEqualTo(ImageState.AVAILABLE);
  }

  @Test
  @Order(11)
  void blocksPublicAccessPerAccount() {
    assertThat(ec2.getImageBlockPublicAccessState(b -> { }).imageBlockPublicAccessState()).isEqualTo("unblocked");
    assertThat(ec2.enableImageBlockPublicAccess(b -> b.imageBlockPublicAccessState("block-new-sharing"))
        .imageBlockPublicAccessStateAsString()).isEqualTo("block-new-sharing");
    assertThat(ec2.getImageBlockPublicAccessState(b -> { }).imageBlockPublicAccessState())
        .isEqualTo("block-new-sharing");
    assertThat(partner.getImageBlockPublicAccessState(b -> { }).imageBlockPublicAccessState()).isEqualTo("unblocked");
    ec2.disableImageBlockPublicAccess(b -> { });
    assertThat(ec2.getImageBlockPublicAccessState(b -> { }).imageBlockPublicAccessState()).isEqualTo("unblocked");
  }

  @Test
  @Order(12)
  void findsWhoUsesAnImageAndWhatTheRecycleBinHolds() {
    String al2023 = amazonImage();
    assertThat(ec2.describeImageReferences(b -> b.imageIds(al2023)).imageReferences())
        .filteredOn(r -> r.resourceTypeAsString().equals("ec2:Instance"))
        .hasSize(2).allSatisfy(r -> assertThat(r.arn()).contains(":instance/i-"));
    Ec2Exception notThere = catchThrowableOfType(Ec2Exception.class,
        () -> ec2.restoreImageFromRecycleBin(b -> b.imageId("ami-0000000000000abcd")));
    assertThat(notThere.awsErrorDetails().errorCode()).isEqualTo("InvalidAMIID.NotFound");
  }

  @Test
  @Order(13)
  void snapshotsAreDescribedSharedAndProtectedWhileInUse() {
    assertThat(ec2.describeSnapshots(b -> b.snapshotIds(snapshotId)).snapshots()).singleElement()
        .satisfies(s -> {
          assertThat(s.ownerId()).isEqualTo("000000000000");
          assertThat(s.stateAsString()).isEqualTo("completed");
          assertThat(s.tags()).containsExactly(tag("cost", "42"));
        });
    ec2.modifySnapshotAttribute(b -> b.snapshotId(snapshotId)
        .createVolumePermission(p -> p.add(a -> a.userId(PARTNER))));
    assertThat(ec2.describeSnapshotAttribute(b -> b.snapshotId(snapshotId)
        .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)).createVolumePermissions())
        .extracting(p -> p.userId()).containsExactly(PARTNER);

    Ec2Exception inUse = catchThrowableOfType(Ec2Exception.class,
        () -> ec2.deleteSnapshot(b -> b.snapshotId(snapshotId)));
    assertThat(inUse.awsErrorDetails().errorCode()).isEqualTo("InvalidSnapshot.InUse");
    assertThat(inUse.statusCode()).isEqualTo(400);
  }

  @Test
  @Order(14)
  void registersAnImageFromASnapshot() {
    registered = ec2.registerImage(b -> b.name("web-registered").architecture("arm64")
        .rootDeviceName("/dev/xvda").virtualizationType("hvm").enaSupport(true).bootMode("uefi")
        .blockDeviceMappings(m -> m.deviceName("/dev/xvda")
            .ebs(e -> e.snapshotId(snapshotId).volumeSize(16).volumeType("gp3").deleteOnTermination(true))))
        .imageId();
    Image i = image(registered);
    assertThat(i.architectureAsString()).isEqualTo("arm64");
    assertThat(i.bootModeAsString()).isEqualTo("uefi");
    assertThat(i.blockDeviceMappings()).singleElement().satisfies(m -> {
      assertThat(m.ebs().volumeSize()).isEqualTo(16);
      assertThat(m.ebs().volumeTypeAsString()).isEqualTo("gp3");
    });
  }

  @Test
  @Order(15)
  void dryRunsAskWithoutDoing() {
    Ec2Exception dry = catchThrowableOfType(Ec2Exception.class,
        () -> ec2.createTags(b -> b.dryRun(true).resources(imageId).tags(tag("dry", "run"))));
    assertThat(dry.awsErrorDetails().errorCode()).isEqualTo("DryRunOperation");
    Ec2Exception describe = catchThrowableOfType(Ec2Exception.class,
        () -> ec2.describeImages(b -> b.dryRun(true).owners("self")));
    assertThat(describe.awsErrorDetails().errorCode()).isEqualTo("DryRunOperation");
    assertThat(image(imageId).tags()).doesNotContain(tag("dry", "run"));
  }

  @Test
  @Order(16)
  void answersEc2ErrorCodes() {
    Ec2Exception malformed = catchThrowableOfType(Ec2Exception.class,
        () -> ec2.describeImages(b -> b.imageIds("ami-nothex")));
    assertThat(malformed.awsErrorDetails().errorCode()).isEqualTo("InvalidAMIID.Malformed");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.requestId()).isNotBlank();

    Ec2Exception missing = catchThrowableOfType(Ec2Exception.class,
        () -> ec2.deregisterImage(b -> b.imageId("ami-0000000000000abcd")));
    assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("InvalidAMIID.NotFound");
  }

  @Test
  @Order(17)
  void deregistersWithSnapshotsAndTerminates() {
    world.clock().advance(Duration.ofHours(25));   // past the protection's 24-hour cooldown
    var result = ec2.deregisterImage(b -> b.imageId(imageId).deleteAssociatedSnapshots(true));
    assertThat(result.returnValue()).isTrue();
    // The registered image still uses the snapshot: EC2 skips it rather than failing.
    assertThat(result.deleteSnapshotResults()).singleElement().satisfies(r -> {
      assertThat(r.snapshotId()).isEqualTo(snapshotId);
      assertThat(r.returnCode()).isEqualTo(SnapshotReturnCodes.SKIPPED);
    });
    ec2.deregisterImage(b -> b.imageId(registered));
    ec2.deleteSnapshot(b -> b.snapshotId(snapshotId));
    assertThat(ec2.describeSnapshots(b -> b.ownerIds("self")).snapshots()).extracting(s -> s.snapshotId())
        .doesNotContain(snapshotId);

    var terminated = ec2.terminateInstances(b -> b.instanceIds(instanceId)).terminatingInstances();
    assertThat(terminated).singleElement().satisfies(c -> {
      assertThat(c.previousState().name()).isEqualTo(InstanceStateName.RUNNING);
      assertThat(c.currentState().name()).isEqualTo(InstanceStateName.SHUTTING_DOWN);
      assertThat(c.currentState().code()).isEqualTo(32);
    });
  }

  @Test
  @Order(18)
  void restoresFromTheRecycleBin() {
    world.clock().advance(world.timing().copyImage());
    ec2Eu.deregisterImage(b -> b.imageId(copyId));
    assertThat(ec2Eu.listImagesInRecycleBin(b -> b.imageIds(copyId)).images()).singleElement()
        .satisfies(i -> {
          assertThat(i.name()).isEqualTo("web-eu");
          assertThat(i.recycleBinExitTime()).isEqualTo(i.recycleBinEnterTime().plus(Duration.ofDays(7)));
        });
    assertThat(ec2Eu.restoreImageFromRecycleBin(b -> b.imageId(copyId)).returnValue()).isTrue();
    assertThat(ec2Eu.describeImages(b -> b.imageIds(copyId)).images()).extracting(Image::name)
        .containsExactly("web-eu");
    assertThat(ec2Eu.listImagesInRecycleBin(b -> b.imageIds(copyId)).images()).isEmpty();
  }

  @Test
  @Order(100)
  void everyActionWasServedAndEveryAnswerMatchesTheModel() {
    Set<String> missing = new TreeSet<>(new Ec2Endpoint(world::provider).ec2Actions());
    missing.removeAll(succeeded);
    assertThat(missing).as("actions never answered successfully").isEmpty();

    List<String> problems = new ArrayList<>(requestProblems);
    synchronized (exchanges) {
      for (String[] e : exchanges) {
        if (e[1].equals("200") && model.knows(e[0])) {
          problems.addAll(model.answerViolations(e[0], e[2]));
        }
      }
    }
    assertThat(problems).as("wire elements or parameters the EC2 model does not have").isEmpty();
  }

  private String amazonImage() {
    return ec2.describeImages(b -> b.owners("amazon")).images().get(0).imageId();
  }

  private Image image(String id) {
    return ec2.describeImages(b -> b.imageIds(id).includeDisabled(true)).images().get(0);
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
