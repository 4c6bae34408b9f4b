package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Device names and instance-store virtual names of block device mappings. */
class DeviceNamePropertiesTest {
  private static final String[] DEVICE_RULE = {"device name", "/dev/xvda", "/dev/sda1"};
  private static final String[] VIRTUAL_RULE = {"ephemeral0 to ephemeral23"};

  private static Arbitrary<String> letters(int min, int max) {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(min).ofMaxLength(max);
  }

  private static Arbitrary<String> digits(int min, int max) {
    return Arbitraries.strings().numeric().ofMinLength(min).ofMaxLength(max);
  }

  @Provide
  Arbitrary<String> deviceName() {
    Arbitrary<String> linux = Combinators.combine(Arbitraries.of("/dev/sd", "/dev/xvd"), letters(1, 2), digits(0, 2))
        .as((p, l, d) -> p + l + d);
    Arbitrary<String> ide = Combinators.combine(letters(1, 1), digits(0, 2)).as((l, d) -> "/dev/hd" + l + d);
    Arbitrary<String> windows = letters(1, 2).map(l -> "xvd" + l);
    return Arbitraries.oneOf(linux, ide, windows);
  }

  @Provide
  Arbitrary<String> virtualName() {
    return Arbitraries.integers().between(0, 23).map(n -> "ephemeral" + n);
  }

  @Property
  void linuxAndWindowsDeviceNamesAreAccepted(@ForAll("deviceName") String device) {
    assertThat(BlockDeviceMapping.noDevice(device).deviceName()).isEqualTo(device);
  }

  @Property
  void ephemeralZeroToTwentyThreeAreAccepted(@ForAll("deviceName") String device,
      @ForAll("virtualName") String virtualName) {
    BlockDeviceMapping m = BlockDeviceMapping.ephemeral(device, virtualName);
    assertThat(m.virtualName()).contains(virtualName);
    assertThat(m.ebs()).isEmpty();
    assertThat(m.noDevice()).isFalse();
  }

  @Property
  void ephemeralNamesBeyondTwentyThreeAreRejected(@ForAll("badVirtualName") String virtualName) {
    assertRejected(() -> BlockDeviceMapping.ephemeral("/dev/sdb", virtualName), "virtualName", VIRTUAL_RULE);
  }

  @Provide
  Arbitrary<String> badVirtualName() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(24, 10_000).map(n -> "ephemeral" + n),
        Arbitraries.integers().between(0, 23).map(n -> "Ephemeral" + n),
        Arbitraries.integers().between(0, 23).map(n -> "ephemeral-" + n),
        Arbitraries.integers().between(0, 23).map(n -> "ephemeral" + n + " "),
        Arbitraries.of("ephemeral", "", "instance-store0", "ephemeral01"));
  }

  @Property
  void uppercaseDeviceNamesAreRejected(@ForAll("deviceName") String device) {
    assertRejected(() -> BlockDeviceMapping.noDevice(device.toUpperCase(java.util.Locale.ROOT)),
        "deviceName", DEVICE_RULE);
  }

  @Property
  void namesWithoutTheDevDirectoryOrWithTooManyDigitsAreRejected(@ForAll("badDevice") String device) {
    assertRejected(() -> BlockDeviceMapping.noDevice(device), "deviceName", DEVICE_RULE);
  }

  @Provide
  Arbitrary<String> badDevice() {
    Arbitrary<String> noDev = Combinators.combine(Arbitraries.of("sd", "hd", "dev/sd", "/dev/"), letters(1, 2),
        digits(0, 2)).as((p, l, d) -> p + l + d);
    Arbitrary<String> tooManyDigits = Combinators.combine(Arbitraries.of("/dev/sd", "/dev/xvd"), letters(1, 2),
        digits(3, 5)).as((p, l, d) -> p + l + d);
    Arbitrary<String> tooManyLetters = Combinators.combine(Arbitraries.of("/dev/sd", "/dev/xvd", "xvd"),
        letters(3, 6)).as((p, l) -> p + l);
    Arbitrary<String> nvme = Arbitraries.integers().between(0, 27).map(n -> "/dev/nvme" + n + "n1");
    return Arbitraries.oneOf(noDev, tooManyDigits, tooManyLetters, nvme,
        Arbitraries.of("", "/dev/sd", "/dev/xvd", "xvd", "/dev/sda1 ", " /dev/sda1", "/dev//sda1", "/dev/sd-a"));
  }

  @Example
  void theUsualRootAndDataDevicesAreAccepted() {
    for (String device : new String[] {"/dev/xvda", "/dev/sda1", "/dev/sdf", "/dev/sdba", "/dev/xvdf", "xvdf",
        "xvdba", "/dev/sdp6"}) {
      assertThat(BlockDeviceMapping.noDevice(device).deviceName()).isEqualTo(device);
    }
  }
}
