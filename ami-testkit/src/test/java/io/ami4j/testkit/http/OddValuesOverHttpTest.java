package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiValidationException;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.WireValue;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.testkit.FakeEc2;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * The world told to answer a value ami4j does not know for an image field keeps the image in every
 * answer, in process (the model's {@code UNKNOWN} or an empty optional, with EC2's text) and over
 * HTTP (EC2's text in the XML, as the SDK reads it), and its filters match that text. Requests stay
 * strict: the endpoint refuses values EC2 would refuse.
 */
class OddValuesOverHttpTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final String KEY = "AKIAIOSFODNN7EXAMPLE";

  private final FakeEc2 world = FakeEc2.create();
  private final AmiProvider ec2 = world.provider();
  private final Call east = Call.in(EAST);
  private FakeEc2Server server;
  private Ec2Client sdk;
  private ImageId image;

  @BeforeEach
  void start() {
    server = FakeEc2Server.builder().providers(world::provider).start();
    sdk = SdkClients.ec2(server.endpoint(), KEY, EAST.name());
    ImageId base = ImageId.of(ec2.getParameter(east,
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").orElseThrow().value());
    var instance = ec2.runInstances(east, RunInstancesRequest.builder().imageId(base).instanceType("t3.micro")
        .build()).get(0);
    world.clock().advance(world.timing().instancePending());
    image = ec2.createImage(east, CreateImageRequest.builder().instanceId(instance.id()).name("odd-1").build());
    world.clock().advance(world.timing().createImage());
  }

  @AfterEach
  void stop() {
    sdk.close();
    server.close();
    world.close();
  }

  private static Arguments field(String field, String text, String filter,
      Function<Image, String> onTheWire) {
    return Arguments.of(field, text, filter, onTheWire);
  }

  static Stream<Arguments> fields() {
    return Stream.of(
        field("state", "optimizing", "state", Image::stateAsString),
        field("architecture", "riscv128", "architecture", Image::architectureAsString),
        field("rootDeviceType", "standard", "root-device-type", Image::rootDeviceTypeAsString),
        field("imageType", "container", "image-type", Image::imageTypeAsString),
        field("virtualizationType", "nitro-only", "virtualization-type", Image::virtualizationTypeAsString),
        field("hypervisor", "nitro", "hypervisor", Image::hypervisorAsString),
        field("bootMode", "uefi-next", null, Image::bootModeAsString),
        field("tpmSupport", "v3.0", null, Image::tpmSupportAsString),
        field("imdsSupport", "v3.0", "imds-support", Image::imdsSupportAsString));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("fields")
  void anImageAnsweringAValueAmi4jDoesNotKnowStaysInEveryAnswer(String field, String text, String filter,
      Function<Image, String> onTheWire) {
    world.answerImageFieldAs(EAST, image, field, text);

    List<io.ami4j.model.Image> mine = ec2.describeImages(east, ImageQuery.builder().addOwners(Owner.SELF).build(),
        PageRequest.first()).items();
    assertThat(mine).extracting(io.ami4j.model.Image::id).containsExactly(image);
    assertThat(mine.get(0).unknownValues()).isEqualTo(Map.of(field, text));
    assertThat(world.image(EAST, image).orElseThrow().unknownValues()).containsEntry(field, text);

    List<Image> overHttp =
        sdk.describeImages(r -> r.owners("self")).images();
    assertThat(overHttp).hasSize(1);
    assertThat(onTheWire.apply(overHttp.get(0))).isEqualTo(text);
    if (filter != null) {
      assertThat(sdk.describeImages(r -> r.owners("self").filters(Filter.builder().name(filter).values(text).build()))
          .images()).extracting(Image::imageId)
          .containsExactly(image.value());
    }
  }

  @Test
  void anImageKeepsItsOwnValuesWhereItWasNotToldOtherwise() {
    world.answerImageFieldAs(EAST, image, "rootDeviceType", "standard");

    io.ami4j.model.Image i = world.image(EAST, image).orElseThrow();
    assertThat(WireValue.text(i.rootDeviceType(), i.unknownValues(), "rootDeviceType")).isEqualTo("standard");
    assertThat(i.architecture().wireValue()).isEqualTo("x86_64");
    assertThat(i.state().wireValue()).isEqualTo("available");
  }

  @Test
  void onlyImageEnumFieldsCanBeToldAndRequestsStayStrict() {
    assertThatThrownBy(() -> world.answerImageFieldAs(EAST, image, "name", "x"))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("rootDeviceType");
    assertThatThrownBy(() -> sdk.registerImage(r -> r.name("strict-1").architecture("riscv128")
        .rootDeviceName("/dev/xvda")))
        .hasMessageContaining("riscv128");
  }
}
