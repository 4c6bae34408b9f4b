package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static io.ami4j.gen.Gen.DIGITS;
import static io.ami4j.gen.Gen.LOWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.gen.Cases;
import io.ami4j.gen.Gen;
import io.ami4j.gen.ReportSeed;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Device names and instance-store virtual names of block device mappings. */
@ExtendWith(ReportSeed.class)
class DeviceNamePropertiesTest {
  private static final String[] DEVICE_RULE = {"device name", "/dev/xvda", "/dev/sda1"};
  private static final String[] VIRTUAL_RULE = {"ephemeral0 to ephemeral23"};

  private static String deviceName(Gen g) {
    return g.anyOf(
        x -> x.oneOf("/dev/sd", "/dev/xvd") + x.string(LOWER, 1, 2) + x.string(DIGITS, 0, 2),
        x -> "/dev/hd" + x.string(LOWER, 1) + x.string(DIGITS, 0, 2),
        x -> "xvd" + x.string(LOWER, 1, 2));
  }

  private static String virtualName(Gen g) {
    return "ephemeral" + g.between(0, 23);
  }

  static Stream<Arguments> deviceNames() {
    return Cases.of(DeviceNamePropertiesTest::deviceName);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/sda", "/dev/sdzz99", "/dev/xvda", "/dev/xvdzz99", "/dev/hda", "/dev/hdz99", "xvda",
      "xvdzz"})
  @MethodSource("deviceNames")
  void linuxAndWindowsDeviceNamesAreAccepted(String device) {
    assertThat(BlockDeviceMapping.noDevice(device).deviceName()).isEqualTo(device);
  }

  @ParameterizedTest
  @MethodSource({"virtualNameBounds", "ephemeralMappings"})
  void ephemeralZeroToTwentyThreeAreAccepted(String device, String virtualName) {
    BlockDeviceMapping m = BlockDeviceMapping.ephemeral(device, virtualName);
    assertThat(m.virtualName()).contains(virtualName);
    assertThat(m.ebs()).isEmpty();
    assertThat(m.noDevice()).isFalse();
  }

  static Stream<Arguments> virtualNameBounds() {
    return Stream.of(Arguments.of("/dev/sdb", "ephemeral0"), Arguments.of("xvdc", "ephemeral23"));
  }

  static Stream<Arguments> ephemeralMappings() {
    return Cases.of(g -> Arguments.of(deviceName(g), virtualName(g)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ephemeral24", "ephemeral", "", "instance-store0", "ephemeral01", "Ephemeral0",
      "ephemeral-23", "ephemeral23 "})
  @MethodSource("badVirtualNames")
  void ephemeralNamesBeyondTwentyThreeAreRejected(String virtualName) {
    assertRejected(() -> BlockDeviceMapping.ephemeral("/dev/sdb", virtualName), "virtualName", VIRTUAL_RULE);
  }

  static Stream<Arguments> badVirtualNames() {
    return Cases.of(g -> g.anyOf(
        x -> "ephemeral" + x.between(24, 10_000),
        x -> "Ephemeral" + x.between(0, 23),
        x -> "ephemeral-" + x.between(0, 23),
        x -> "ephemeral" + x.between(0, 23) + " "));
  }

  @ParameterizedTest
  @MethodSource("deviceNames")
  void uppercaseDeviceNamesAreRejected(String device) {
    assertRejected(() -> BlockDeviceMapping.noDevice(device.toUpperCase(Locale.ROOT)), "deviceName", DEVICE_RULE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/dev/sd", "/dev/xvd", "xvd", "/dev/sda1 ", " /dev/sda1", "/dev//sda1", "/dev/sd-a",
      "/dev/sda100", "/dev/sdaaa", "xvdaaa", "/dev/hdaa", "/dev/nvme0n1", "sda1"})
  @MethodSource("badDevices")
  void namesWithoutTheDevDirectoryOrWithTooManyDigitsAreRejected(String device) {
    assertRejected(() -> BlockDeviceMapping.noDevice(device), "deviceName", DEVICE_RULE);
  }

  static Stream<Arguments> badDevices() {
    return Cases.of(g -> g.anyOf(
        x -> x.oneOf("sd", "hd", "dev/sd", "/dev/") + x.string(LOWER, 1, 2) + x.string(DIGITS, 0, 2),
        x -> x.oneOf("/dev/sd", "/dev/xvd") + x.string(LOWER, 1, 2) + x.string(DIGITS, 3, 5),
        x -> x.oneOf("/dev/sd", "/dev/xvd", "xvd") + x.string(LOWER, 3, 6),
        x -> "/dev/nvme" + x.between(0, 27) + "n1"));
  }

  @Test
  void theUsualRootAndDataDevicesAreAccepted() {
    for (String device : new String[] {"/dev/xvda", "/dev/sda1", "/dev/sdf", "/dev/sdba", "/dev/xvdf", "xvdf",
        "xvdba", "/dev/sdp6"}) {
      assertThat(BlockDeviceMapping.noDevice(device).deviceName()).isEqualTo(device);
    }
  }
}
