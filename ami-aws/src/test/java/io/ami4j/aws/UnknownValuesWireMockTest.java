package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.Architecture;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.ImageReferenceType;
import io.ami4j.model.ImageState;
import io.ami4j.model.ImageType;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceState;
import io.ami4j.model.ProductCodeType;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.VirtualizationType;
import io.ami4j.model.WireValue;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import io.ami4j.spi.Unmapped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No value EC2 answers for an enum field makes an item disappear: for every enum field of every
 * answer ami4j reads, EC2 XML built from the service model's shapes carries a value ami4j does not
 * know (a new word, a known value in other case, the word {@code unknown}, moto's
 * {@code rootDeviceType} {@code standard}), and the item is still in the answer, in its place, with
 * EC2's text in {@code unknownValues()}.
 */
class UnknownValuesWireMockTest extends AwsWireMockSupport {
  /** The image fields with their element, a known value, and how the model shows an unknown one. */
  private static final List<ImageField> IMAGE_FIELDS = List.of(
      new ImageField("imageState", "available", "state", Image::state, ImageState.UNKNOWN),
      new ImageField("architecture", "x86_64", "architecture", Image::architecture, Architecture.UNKNOWN),
      new ImageField("imageType", "machine", "imageType", Image::imageType, ImageType.UNKNOWN),
      new ImageField("rootDeviceType", "ebs", "rootDeviceType", Image::rootDeviceType, RootDeviceType.UNKNOWN),
      new ImageField("virtualizationType", "hvm", "virtualizationType", Image::virtualizationType,
          VirtualizationType.UNKNOWN),
      new ImageField("hypervisor", "xen", "hypervisor", Image::hypervisor, Optional.empty()),
      new ImageField("bootMode", "uefi", "bootMode", Image::bootMode, Optional.empty()),
      new ImageField("tpmSupport", "v2.0", "tpmSupport", Image::tpmSupport, Optional.empty()),
      new ImageField("imdsSupport", "v2.0", "imdsSupport", Image::imdsSupport, Optional.empty()));

  private record ImageField(String element, String known, String field, Function<Image, Object> value,
      Object whenUnknown) {
    @Override
    public String toString() {
      return element;
    }
  }

  /** Texts ami4j does not know for a field: a new word, a known value in capitals, and "unknown". */
  private static List<String> oddTexts(String known, String newWord) {
    return List.of(newWord, known.toUpperCase(Locale.ROOT), "unknown");
  }

  static Stream<Arguments> imageFields() {
    List<Arguments> out = new ArrayList<>();
    for (ImageField f : IMAGE_FIELDS) {
      List<String> texts = new ArrayList<>(oddTexts(f.known, f.known + "-next"));
      if (f.element.equals("rootDeviceType")) {
        texts.add("standard"); // moto's answer
      }
      texts.forEach(t -> out.add(Arguments.of(f, t)));
    }
    return out.stream();
  }

  private static String image(String id, Map<String, String> values) {
    Map<String, String> v = new LinkedHashMap<>();
    IMAGE_FIELDS.forEach(f -> v.put(f.element, f.known));
    v.put("productCodeType", "marketplace");
    v.put("volumeType", "gp3");
    v.putAll(values);
    String enums = IMAGE_FIELDS.stream().map(f -> "<" + f.element + ">" + v.get(f.element) + "</" + f.element + ">")
        .collect(Collectors.joining());
    return "<item><imageId>" + id + "</imageId><imageOwnerId>123456789012</imageOwnerId>"
        + "<creationDate>2026-11-01T00:00:00.000Z</creationDate><isPublic>false</isPublic><name>" + id + "-name</name>"
        + "<productCodes><item><productCode>prodcode1234567890abcdef</productCode><type>" + v.get("productCodeType")
        + "</type></item></productCodes>"
        + "<rootDeviceName>/dev/xvda</rootDeviceName><blockDeviceMapping><item><deviceName>/dev/xvda</deviceName>"
        + "<ebs><snapshotId>snap-0123456789abcdef0</snapshotId><volumeSize>8</volumeSize>"
        + "<deleteOnTermination>true</deleteOnTermination><volumeType>" + v.get("volumeType") + "</volumeType>"
        + "<encrypted>false</encrypted></ebs></item></blockDeviceMapping>" + enums + "</item>";
  }

  /** Answers three images, the middle one with {@code values}, and reads the page. */
  private Page<Image> describeWithMiddleImage(Map<String, String> values) {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet>" + image("ami-00000001", Map.of())
        + image("ami-00000002", values) + image("ami-00000003", Map.of()) + "</imagesSet>"));
    Page<Image> page = aws.describeImages(CALL, ImageQuery.all(), PageRequest.first());
    assertThat(page.unmapped()).isEmpty();
    assertThat(page.items()).extracting(Image::id).containsExactly(ImageId.of("ami-00000001"),
        ImageId.of("ami-00000002"), ImageId.of("ami-00000003"));
    assertThat(page.items().get(0).unknownValues()).isEmpty();
    return page;
  }

  @ParameterizedTest(name = "image {0} = ''{1}''")
  @MethodSource("imageFields")
  void anImageWithAnImageFieldAmi4jDoesNotKnowIsKept(ImageField f, String text) {
    Image odd = describeWithMiddleImage(Map.of(f.element, text)).items().get(1);

    assertThat(f.value.apply(odd)).isEqualTo(f.whenUnknown);
    assertThat(odd.unknownValues()).containsExactly(Map.entry(f.field, text));
    assertThat(odd.name()).isEqualTo("ami-00000002-name");
    assertThat(f.whenUnknown instanceof WireValue
        ? WireValue.text((WireValue) f.value.apply(odd), odd.unknownValues(), f.field)
        : WireValue.text(Optional.empty(), odd.unknownValues(), f.field).orElseThrow()).isEqualTo(text);
  }

  static Stream<String> productCodeTypes() {
    return oddTexts("marketplace", "saas").stream();
  }

  @ParameterizedTest(name = "productCodes.type = ''{0}''")
  @MethodSource("productCodeTypes")
  void anImageWithAProductCodeTypeAmi4jDoesNotKnowIsKept(String text) {
    Image odd = describeWithMiddleImage(Map.of("productCodeType", text)).items().get(1);

    assertThat(odd.productCodes()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("prodcode1234567890abcdef");
      assertThat(p.type()).isEqualTo(ProductCodeType.UNKNOWN);
      assertThat(p.unknownValues()).containsExactly(Map.entry("type", text));
    });
    assertThat(odd.isPaid()).isTrue();
  }

  static Stream<String> volumeTypes() {
    return oddTexts("gp3", "gp4").stream();
  }

  @ParameterizedTest(name = "blockDeviceMapping.ebs.volumeType = ''{0}''")
  @MethodSource("volumeTypes")
  void anImageWithAVolumeTypeAmi4jDoesNotKnowIsKept(String text) {
    Image odd = describeWithMiddleImage(Map.of("volumeType", text)).items().get(1);

    EbsBlockDevice ebs = odd.blockDeviceMappings().get(0).ebs().orElseThrow();
    assertThat(ebs.volumeType()).isEmpty();
    assertThat(ebs.unknownValues()).containsExactly(Map.entry("volumeType", text));
    assertThat(ebs.volumeSize()).contains(8);
    assertThat(odd.snapshotIds()).hasSize(1);
  }

  @Test
  void aVolumeBeyondTheEbsLimitsAmi4jKnowsKeepsItsImageWithEc2sNumbers() {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet>" + image("ami-00000001", Map.of())
        .replace("<volumeSize>8</volumeSize>", "<volumeSize>131072</volumeSize><iops>400000</iops>") + "</imagesSet>"));

    Page<Image> page = aws.describeImages(CALL, ImageQuery.all(), PageRequest.first());

    assertThat(page.unmapped()).isEmpty();
    EbsBlockDevice ebs = page.items().get(0).blockDeviceMappings().get(0).ebs().orElseThrow();
    assertThat(ebs.volumeType()).map(Object::toString).contains("GP3");
    assertThat(ebs.volumeSize()).isEmpty();
    assertThat(ebs.unknownValues()).containsOnly(Map.entry("volumeSize", "131072"), Map.entry("iops", "400000"));
  }

  @Test
  void anImageWithEveryEnumFieldUnknownAtOnceIsKept() {
    Map<String, String> all = new LinkedHashMap<>();
    IMAGE_FIELDS.forEach(f -> all.put(f.element, f.known + "-next"));
    all.put("rootDeviceType", "standard");
    all.put("productCodeType", "saas");
    all.put("volumeType", "gp4");

    Image odd = describeWithMiddleImage(all).items().get(1);

    assertThat(odd.unknownValues()).hasSize(IMAGE_FIELDS.size()).containsEntry("rootDeviceType", "standard");
  }

  @Test
  void onlyAnImageWithoutAnIdOrWithAnUnreadableRequiredFieldIsLeftOutAndItIsNamedOnThePage() {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet>" + image("ami-00000001", Map.of())
        + image("ami-00000002", Map.of()).replace("<imageId>ami-00000002</imageId>", "")
        + image("ami-00000003", Map.of()).replace("2026-11-01T00:00:00.000Z", "yesterday")
        + "</imagesSet>"));

    Page<Image> page = aws.describeImages(CALL, ImageQuery.all(), PageRequest.first());

    assertThat(page.items()).extracting(Image::id).containsExactly(ImageId.of("ami-00000001"));
    assertThat(page.unmapped()).hasSize(2);
    assertThat(page.unmapped().get(0).id()).isEmpty();
    assertThat(page.unmapped().get(1).id()).contains("ami-00000003");
    assertThat(page.unmapped().get(1).reason()).contains("creationDate");
    assertThat(page.unmapped()).extracting(Unmapped::kind).containsOnly("image");
  }

  static Stream<Arguments> instanceFields() {
    List<Arguments> out = new ArrayList<>();
    oddTexts("running", "hibernating").forEach(t -> out.add(Arguments.of("<name>running</name>", "<name>" + t + "</name>",
        "state", t)));
    oddTexts("x86_64", "riscv64").forEach(t -> out.add(Arguments.of("<architecture>x86_64</architecture>",
        "<architecture>" + t + "</architecture>", "architecture", t)));
    oddTexts("ebs", "standard").forEach(t -> out.add(Arguments.of("<rootDeviceType>ebs</rootDeviceType>",
        "<rootDeviceType>" + t + "</rootDeviceType>", "rootDeviceType", t)));
    return out.stream();
  }

  @ParameterizedTest(name = "instance {2} = ''{3}''")
  @MethodSource("instanceFields")
  void anInstanceWithAFieldAmi4jDoesNotKnowIsKept(String known, String odd, String field, String text) {
    String xml = fixture("ec2/DescribeInstances.xml");
    int first = xml.indexOf(known);
    assertThat(first).as("fixture holds %s", known).isNotNegative();
    answerEc2("DescribeInstances", xml.substring(0, first) + odd + xml.substring(first + known.length()));

    Page<Instance> page = aws.describeInstances(CALL, InstanceQuery.builder().build(), PageRequest.first());

    assertThat(page.unmapped()).isEmpty();
    assertThat(page.items()).hasSize(2);
    Instance i = page.items().get(0);
    assertThat(i.unknownValues()).containsExactly(Map.entry(field, text));
    if (field.equals("state")) {
      assertThat(i.state()).isEqualTo(InstanceState.UNKNOWN);
      assertThat(i.state().isLive()).as("an instance in a state ami4j does not know may still use its image")
          .isTrue();
    } else {
      Optional<?> value = field.equals("architecture") ? i.architecture() : i.rootDeviceType();
      assertThat(value).isEmpty();
    }
  }

  static Stream<String> snapshotStates() {
    return oddTexts("completed", "archived").stream();
  }

  @ParameterizedTest(name = "snapshot status = ''{0}''")
  @MethodSource("snapshotStates")
  void aSnapshotWithAStateAmi4jDoesNotKnowIsKept(String text) {
    answerEc2("DescribeSnapshots", fixture("ec2/DescribeSnapshots.xml")
        .replace("<status>completed</status>", "<status>" + text + "</status>"));

    Page<Snapshot> page = aws.describeSnapshots(CALL, SnapshotQuery.builder().build(), PageRequest.first());

    assertThat(page.unmapped()).isEmpty();
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(0).state()).isEqualTo(SnapshotState.UNKNOWN);
    assertThat(page.items().get(0).unknownValues()).containsExactly(Map.entry("state", text));
  }

  static Stream<String> resourceTypes() {
    return oddTexts("ec2:Instance", "ecs:TaskDefinition").stream();
  }

  @ParameterizedTest(name = "image reference resourceType = ''{0}''")
  @MethodSource("resourceTypes")
  void anImageReferenceOfAKindAmi4jDoesNotKnowIsKept(String text) {
    answerEc2("DescribeImageReferences", fixture("ec2/DescribeImageReferences.xml")
        .replace("<resourceType>ec2:Instance</resourceType>", "<resourceType>" + text + "</resourceType>"));

    Page<ImageReference> page = aws.describeImageReferences(CALL, List.of(ImageId.of("ami-0abcdef1234567890")),
        PageRequest.first());

    assertThat(page.unmapped()).isEmpty();
    assertThat(page.items()).hasSize(4);
    assertThat(page.items().get(0).resourceType()).isEqualTo(ImageReferenceType.UNKNOWN);
    assertThat(page.items().get(0).unknownValues()).containsExactly(Map.entry("resourceType", text));
  }

  static Stream<String> returnCodes() {
    return oddTexts("success", "deferred").stream();
  }

  @ParameterizedTest(name = "deregistration returnCode = ''{0}''")
  @MethodSource("returnCodes")
  void aSnapshotOutcomeAmi4jDoesNotKnowIsKeptAndIsNoSuccess(String text) {
    answerEc2("DeregisterImage", fixture("ec2/DeregisterImage.xml")
        .replace("<returnCode>success</returnCode>", "<returnCode>" + text + "</returnCode>"));

    DeregisterImageAnswer r = aws.deregisterImage(CALL, ImageId.of("ami-0abcdef1234567890"), true);

    assertThat(r.snapshots()).hasSize(3);
    assertThat(r.snapshots().get(0).outcome()).isEqualTo(SnapshotOutcome.UNKNOWN);
    assertThat(r.snapshots().get(0).unknownValues()).containsExactly(Map.entry("outcome", text));
    assertThat(r.snapshots().get(0).outcome()).isNotEqualTo(SnapshotOutcome.SUCCESS);
  }

  @Test
  void aBlockPublicAccessStateAmi4jDoesNotKnowIsUnknown() {
    answerEc2("GetImageBlockPublicAccessState", fixture("ec2/GetImageBlockPublicAccessState.xml")
        .replace("block-new-sharing", "block-all-sharing"));

    assertThat(aws.getImageBlockPublicAccessState(CALL)).isEqualTo(BlockPublicAccessState.UNKNOWN);
  }
}
