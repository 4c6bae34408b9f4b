package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enum EC2 spells its own way: the spellings are the enum values of the EC2 service model
 * (written out here), every constant round-trips through {@code fromWire(wireValue())}, and an
 * unknown value is rejected naming every allowed one.
 */
class WireValueTest {

  /** One enum: its type, its parser, the field its errors name, and the service model's spellings. */
  static final class Spec {
    final Class<? extends Enum<?>> type;
    final Function<String, ?> fromWire;
    final String field;
    final List<String> wire;

    Spec(Class<? extends Enum<?>> type, Function<String, ?> fromWire, String field, String... wire) {
      this.type = type;
      this.fromWire = fromWire;
      this.field = field;
      this.wire = List.of(wire);
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Spec> specs() {
    return Stream.of(
        new Spec(Architecture.class, Architecture::fromWire, "architecture",
            "i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac"),
        new Spec(BlockPublicAccessState.class, BlockPublicAccessState::fromWire, "imageBlockPublicAccessState",
            "unblocked", "block-new-sharing"),
        new Spec(BootMode.class, BootMode::fromWire, "bootMode", "legacy-bios", "uefi", "uefi-preferred"),
        new Spec(Hypervisor.class, Hypervisor::fromWire, "hypervisor", "xen", "ovm"),
        new Spec(ImageReferenceType.class, ImageReferenceType::fromWire, "resourceType",
            "ec2:Instance", "ec2:LaunchTemplate", "ssm:Parameter", "imagebuilder:ImageRecipe",
            "imagebuilder:ContainerRecipe"),
        new Spec(ImageState.class, ImageState::fromWire, "imageState",
            "pending", "available", "invalid", "deregistered", "transient", "failed", "error", "disabled"),
        new Spec(ImageType.class, ImageType::fromWire, "imageType", "machine", "kernel", "ramdisk"),
        new Spec(ImdsSupport.class, ImdsSupport::fromWire, "imdsSupport", "v2.0"),
        new Spec(InstanceState.class, InstanceState::fromWire, "instanceState",
            "pending", "running", "shutting-down", "terminated", "stopping", "stopped"),
        new Spec(ProductCodeType.class, ProductCodeType::fromWire, "productCodeType", "marketplace", "devpay"),
        new Spec(RootDeviceType.class, RootDeviceType::fromWire, "rootDeviceType", "ebs", "instance-store"),
        new Spec(SnapshotOutcome.class, SnapshotOutcome::fromWire, "returnCode",
            "success", "skipped", "missing-permissions", "internal-error", "client-error"),
        new Spec(SnapshotState.class, SnapshotState::fromWire, "snapshotState",
            "pending", "completed", "error", "recoverable", "recovering"),
        new Spec(TpmSupport.class, TpmSupport::fromWire, "tpmSupport", "v2.0"),
        new Spec(VirtualizationType.class, VirtualizationType::fromWire, "virtualizationType", "hvm", "paravirtual"),
        new Spec(VolumeType.class, VolumeType::fromWire, "volumeType",
            "standard", "gp2", "gp3", "io1", "io2", "st1", "sc1"));
  }

  static Stream<Arguments> constants() {
    return specs().flatMap(s -> Arrays.stream(s.type.getEnumConstants()).filter(c -> ((WireValue) c).isKnown()).map(c -> Arguments.of(s, c)));
  }

  private static String wireOf(Object constant) {
    return ((WireValue) constant).wireValue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void spellingsAreThoseOfTheServiceModel(Spec spec) {
    assertThat(Arrays.stream(spec.type.getEnumConstants()).filter(c -> ((WireValue) c).isKnown())
        .map(WireValueTest::wireOf))
        .containsExactlyInAnyOrderElementsOf(spec.wire);
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("constants")
  void everyConstantRoundTrips(Spec spec, Enum<?> constant) {
    assertThat(spec.fromWire.apply(wireOf(constant))).isSameAs(constant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void unknownValuesAreRejectedNamingTheAllowedOnes(Spec spec) {
    String allowed = Arrays.stream(spec.type.getEnumConstants()).filter(c -> ((WireValue) c).isKnown())
        .map(WireValueTest::wireOf)
        .collect(Collectors.joining(", "));
    for (String unknown : new String[] {"", "unknown", spec.wire.get(0).toUpperCase(java.util.Locale.ROOT),
        " " + spec.wire.get(0)}) {
      var e = assertRejected(() -> spec.fromWire.apply(unknown), spec.field, "must be one of " + allowed);
      assertThat(e.value()).isEqualTo(unknown);
    }
  }
}
