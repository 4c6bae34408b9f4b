package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Region names and the partition each belongs to. */
class RegionPropertiesTest {
  private static final String[] RULE = {"region name", "us-east-1"};

  @Provide
  Arbitrary<String> area() {
    return Arbitraries.strings().withCharRange('a', 'z').ofLength(2);
  }

  @Provide
  Arbitrary<String> direction() {
    return Arbitraries.oneOf(
        Arbitraries.of("east", "west", "north", "south", "central", "northeast", "southeast",
            "northwest", "southwest"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12));
  }

  @Provide
  Arbitrary<String> number() {
    return Arbitraries.integers().between(1, 99).map(String::valueOf);
  }

  @Provide
  Arbitrary<String> commercialRegion() {
    // "us-gov-1" or "us-iso-1" would name a GovCloud or ISO region, not a commercial one.
    Arbitrary<String> plainDirection = direction().filter(d -> !d.equals("gov") && !d.matches("iso[a-z]?"));
    return Combinators.combine(area().filter(a -> !a.equals("cn")), plainDirection, number())
        .as((a, d, n) -> a + "-" + d + "-" + n);
  }

  @Property
  void commercialRegionsAreInTheAwsPartition(@ForAll("commercialRegion") String name) {
    Region region = Region.of(name);
    assertThat(region.name()).isEqualTo(name);
    assertThat(region).hasToString(name).isEqualTo(Region.of(name));
    assertThat(region.partition()).isEqualTo("aws");
  }

  @Property
  void chinaRegionsAreInTheAwsCnPartition(@ForAll("direction") String direction, @ForAll("number") String n) {
    assertThat(Region.of("cn-" + direction + "-" + n).partition()).isEqualTo("aws-cn");
  }

  @Property
  void govCloudRegionsAreInTheAwsUsGovPartition(@ForAll("direction") String direction, @ForAll("number") String n) {
    assertThat(Region.of("us-gov-" + direction + "-" + n).partition()).isEqualTo("aws-us-gov");
  }

  @Example
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

  @Property
  void anAvailabilityZoneIsNotARegion(@ForAll("commercialRegion") String name, @ForAll("zoneLetter") char zone) {
    assertRejected(() -> Region.of(name + zone), "region", RULE);
  }

  @Provide
  Arbitrary<Character> zoneLetter() {
    return Arbitraries.chars().range('a', 'f');
  }

  @Property
  void uppercaseIsRejected(@ForAll("commercialRegion") String name) {
    assertRejected(() -> Region.of(name.toUpperCase(Locale.ROOT)), "region", RULE);
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    assertRejected(() -> Region.of(capitalised), "region", RULE);
  }

  @Property
  void aMissingOrOverlongNumberIsRejected(@ForAll("area") String area, @ForAll("direction") String direction,
      @ForAll("badNumber") String number) {
    assertRejected(() -> Region.of(area + "-" + direction + number), "region", RULE);
  }

  @Provide
  Arbitrary<String> badNumber() {
    return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("-"),
        Arbitraries.integers().between(100, 9999).map(n -> "-" + n));
  }

  @Property
  void underscoresOrSpacesInsteadOfDashesAreRejected(@ForAll("commercialRegion") String name,
      @ForAll("notADash") String replacement) {
    assertRejected(() -> Region.of(name.replace("-", replacement)), "region", RULE);
  }

  @Provide
  Arbitrary<String> notADash() {
    return Arbitraries.of("_", " ", "", ".");
  }

  @Example
  void emptyAndNullAreRejected() {
    assertRejected(() -> Region.of(""), "region", RULE);
    assertRejected(() -> Region.of(null), "region", "must be given");
    assertRejected(() -> Region.of("global"), "region", RULE);
  }
}
