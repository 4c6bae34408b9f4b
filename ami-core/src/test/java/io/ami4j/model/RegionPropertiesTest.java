package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
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

/** Region names and the partition each belongs to. */
@ExtendWith(ReportSeed.class)
class RegionPropertiesTest {
  private static final String[] RULE = {"region name", "us-east-1"};

  private static String area(Gen g) {
    return g.string(LOWER, 2);
  }

  private static String direction(Gen g) {
    return g.anyOf(
        x -> x.oneOf("east", "west", "north", "south", "central", "northeast", "southeast", "northwest", "southwest"),
        x -> x.string(LOWER, 1, 12));
  }

  private static String number(Gen g) {
    return String.valueOf(g.between(1, 99));
  }

  private static String commercialRegion(Gen g) {
    // "us-gov-1" or "us-iso-1" would name a GovCloud or ISO region, not a commercial one.
    String direction = g.where(RegionPropertiesTest::direction, d -> !d.equals("gov") && !d.matches("iso[a-z]?"));
    return g.where(RegionPropertiesTest::area, a -> !a.equals("cn")) + "-" + direction + "-" + number(g);
  }

  static Stream<Arguments> commercialRegions() {
    return Cases.of(RegionPropertiesTest::commercialRegion);
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-east-1", "aa-a-1", "zz-abcdefghijkl-99", "ap-southeast-5"})
  @MethodSource("commercialRegions")
  void commercialRegionsAreInTheAwsPartition(String name) {
    Region region = Region.of(name);
    assertThat(region.name()).isEqualTo(name);
    assertThat(region).hasToString(name).isEqualTo(Region.of(name));
    assertThat(region.partition()).isEqualTo("aws");
  }

  static Stream<Arguments> directionsAndNumbers() {
    return Stream.concat(Stream.of(Arguments.of("north", "1"), Arguments.of("northwest", "99"), Arguments.of("a", "1")),
        Cases.of(g -> Arguments.of(direction(g), number(g))));
  }

  @ParameterizedTest
  @MethodSource("directionsAndNumbers")
  void chinaRegionsAreInTheAwsCnPartition(String direction, String n) {
    assertThat(Region.of("cn-" + direction + "-" + n).partition()).isEqualTo("aws-cn");
  }

  @ParameterizedTest
  @MethodSource("directionsAndNumbers")
  void govCloudRegionsAreInTheAwsUsGovPartition(String direction, String n) {
    assertThat(Region.of("us-gov-" + direction + "-" + n).partition()).isEqualTo("aws-us-gov");
  }

  @Test
  void publishedRegionsMapToTheirPartitions() {
    assertThat(Region.of("us-east-1").partition()).isEqualTo("aws");
    assertThat(Region.of("eu-west-1").partition()).isEqualTo("aws");
    assertThat(Region.of("ap-southeast-5").partition()).isEqualTo("aws");
    assertThat(Region.of("mx-central-1").partition()).isEqualTo("aws");
    assertThat(Region.of("cn-north-1").partition()).isEqualTo("aws-cn");
    assertThat(Region.of("cn-northwest-1").partition()).isEqualTo("aws-cn");
    assertThat(Region.of("us-gov-west-1").partition()).isEqualTo("aws-us-gov");
    assertThat(Region.of("us-gov-east-1").partition()).isEqualTo("aws-us-gov");
    assertThat(Region.of("us-iso-east-1").partition()).isEqualTo("aws-iso");
    assertThat(Region.of("us-isob-east-1").partition()).isEqualTo("aws-iso-b");
    assertThat(Region.of("eu-isoe-west-1").partition()).isEqualTo("aws-iso-e");
    assertThat(Region.of("us-isof-south-1").partition()).isEqualTo("aws-iso-f");
  }

  static Stream<Arguments> zones() {
    return Cases.of(g -> Arguments.of(commercialRegion(g), g.charOf("abcdef")));
  }

  @ParameterizedTest
  @MethodSource({"zoneBounds", "zones"})
  void anAvailabilityZoneIsNotARegion(String name, char zone) {
    assertRejected(() -> Region.of(name + zone), "region", RULE);
  }

  static Stream<Arguments> zoneBounds() {
    return Stream.of(Arguments.of("us-east-1", 'a'), Arguments.of("eu-west-99", 'f'));
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-east-1", "eu-west-99"})
  @MethodSource("commercialRegions")
  void uppercaseIsRejected(String name) {
    assertRejected(() -> Region.of(name.toUpperCase(Locale.ROOT)), "region", RULE);
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    assertRejected(() -> Region.of(capitalised), "region", RULE);
  }

  static Stream<Arguments> badNumbers() {
    return Cases.of(g -> Arguments.of(area(g), direction(g),
        g.anyOf(x -> "", x -> "-", x -> "-" + x.between(100, 9999))));
  }

  @ParameterizedTest
  @MethodSource({"badNumberBounds", "badNumbers"})
  void aMissingOrOverlongNumberIsRejected(String area, String direction, String number) {
    assertRejected(() -> Region.of(area + "-" + direction + number), "region", RULE);
  }

  static Stream<Arguments> badNumberBounds() {
    return Stream.of(Arguments.of("us", "east", ""), Arguments.of("us", "east", "-"),
        Arguments.of("us", "east", "-100"), Arguments.of("eu", "west", "-9999"));
  }

  static Stream<Arguments> dashesReplaced() {
    return Cases.of(g -> Arguments.of(commercialRegion(g), g.oneOf("_", " ", "", ".")));
  }

  @ParameterizedTest
  @MethodSource("dashesReplaced")
  void underscoresOrSpacesInsteadOfDashesAreRejected(String name, String replacement) {
    assertRejected(() -> Region.of(name.replace("-", replacement)), "region", RULE);
  }

  @Test
  void emptyAndNullAreRejected() {
    assertRejected(() -> Region.of(""), "region", RULE);
    assertRejected(() -> Region.of(null), "region", "must be given");
    assertRejected(() -> Region.of("global"), "region", RULE);
  }
}
