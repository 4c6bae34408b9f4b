package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static io.ami4j.gen.Gen.LOWER;
import static io.ami4j.gen.Gen.LOWER_HEX;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.gen.Cases;
import io.ami4j.gen.Gen;
import io.ami4j.gen.ReportSeed;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EC2 resource ids: prefix, dash, then 8 or 17 lowercase hexadecimal digits. */
@ExtendWith(ReportSeed.class)
class ResourceIdPropertiesTest {

  /** The four id types with their prefix and the field name their errors carry. */
  enum Kind {
    IMAGE("ami", "imageId", ImageId::of),
    SNAPSHOT("snap", "snapshotId", SnapshotId::of),
    INSTANCE("i", "instanceId", InstanceId::of),
    VOLUME("vol", "volumeId", VolumeId::of);

    final String prefix;
    final String field;
    final Function<String, ResourceId> parse;

    Kind(String prefix, String field, Function<String, ResourceId> parse) {
      this.prefix = prefix;
      this.field = field;
      this.parse = parse;
    }

    void assertRejects(String value) {
      assertRejected(() -> parse.apply(value), field,
          "'" + prefix + "-'", "8 or 17", "lowercase hexadecimal");
    }
  }

  private static String validDigits(Gen g) {
    return g.string(LOWER_HEX, g.oneOf(8, 17));
  }

  /** Every kind with the smallest and largest digits of both lengths, and random ones. */
  static Stream<Arguments> validIds() {
    Stream<Arguments> bounds = Stream.of(Kind.values()).flatMap(k -> Stream.of("00000000", "ffffffff",
        "00000000000000000", "fffffffffffffffff").map(d -> Arguments.of(k, d)));
    return Stream.concat(bounds, Cases.of(g -> Arguments.of(g.oneOf(Kind.class), validDigits(g))));
  }

  @ParameterizedTest
  @MethodSource("validIds")
  void idsOfEightOrSeventeenLowercaseHexDigitsAreAccepted(Kind kind, String digits) {
    String text = kind.prefix + "-" + digits;
    ResourceId id = kind.parse.apply(text);
    assertThat(id.value()).isEqualTo(text);
    assertThat(id).hasToString(text).isEqualTo(kind.parse.apply(text));
  }

  /** Every kind with no digits and one digit too few or too many for either length, and random lengths. */
  static Stream<Arguments> wrongLengthDigits() {
    Stream<Arguments> bounds = Stream.of(Kind.values())
        .flatMap(k -> Stream.of(0, 7, 9, 16, 18).map(n -> Arguments.of(k, "a".repeat(n))));
    return Stream.concat(bounds, Cases.of(g -> Arguments.of(g.oneOf(Kind.class),
        g.string(LOWER_HEX, g.where(x -> x.between(0, 40), n -> n != 8 && n != 17)))));
  }

  @ParameterizedTest
  @MethodSource("wrongLengthDigits")
  void anyOtherNumberOfDigitsIsRejected(Kind kind, String digits) {
    kind.assertRejects(kind.prefix + "-" + digits);
  }

  static Stream<Arguments> uppercaseHex() {
    return Cases.of(g -> Arguments.of(g.oneOf(Kind.class), validDigits(g), g.charOf("ABCDEF"), g.between(0, 16)));
  }

  @ParameterizedTest
  @MethodSource("uppercaseHex")
  void uppercaseHexIsRejected(Kind kind, String digits, char upper, int index) {
    kind.assertRejects(kind.prefix + "-" + replaceAt(digits, index, upper));
  }

  static Stream<Arguments> nonHex() {
    return Cases.of(g -> Arguments.of(g.oneOf(Kind.class), validDigits(g),
        g.charOf("ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ -_./:\u00e9\u0660"), g.between(0, 16)));
  }

  @ParameterizedTest
  @MethodSource("nonHex")
  void nonHexCharactersAreRejected(Kind kind, String digits, char bad, int index) {
    kind.assertRejects(kind.prefix + "-" + replaceAt(digits, index, bad));
  }

  /** Every kind with every other kind's prefix and a few near misses, then random lowercase prefixes. */
  static Stream<Arguments> otherPrefixes() {
    Stream<Arguments> listed = Stream.of(Kind.values()).flatMap(k -> Stream.of("ami", "snap", "i", "vol", "AMI", "eni",
        "sg", "aki", "ari", "").filter(p -> !p.equals(k.prefix)).map(p -> Arguments.of(k, "0123456789abcdef0", p)));
    return Stream.concat(listed, Cases.of(g -> {
      Kind kind = g.oneOf(Kind.class);
      return Arguments.of(kind, validDigits(g), g.where(x -> x.string(LOWER, 1, 5), p -> !p.equals(kind.prefix)));
    }));
  }

  @ParameterizedTest
  @MethodSource("otherPrefixes")
  void anotherPrefixIsRejected(Kind kind, String digits, String prefix) {
    kind.assertRejects(prefix + "-" + digits);
  }

  /** Every kind with every wrong separator, then random digits. */
  static Stream<Arguments> separators() {
    String[] separators = {"", "_", "--", " ", ":", "/", "- "};
    Stream<Arguments> listed = Stream.of(Kind.values())
        .flatMap(k -> Stream.of(separators).map(s -> Arguments.of(k, "0123456789abcdef0", s)));
    return Stream.concat(listed,
        Cases.of(g -> Arguments.of(g.oneOf(Kind.class), validDigits(g), g.oneOf(separators))));
  }

  @ParameterizedTest
  @MethodSource("separators")
  void aMissingOrWrongSeparatorIsRejected(Kind kind, String digits, String separator) {
    kind.assertRejects(kind.prefix + separator + digits);
  }

  static Stream<Arguments> surroundingWhitespace() {
    return Cases.of(g -> Arguments.of(g.oneOf(Kind.class), validDigits(g), g.oneOf(" ", "\t", "\n", "\u00a0"),
        g.bool()));
  }

  @ParameterizedTest
  @MethodSource("surroundingWhitespace")
  void surroundingWhitespaceIsRejected(Kind kind, String digits, String ws, boolean before) {
    String id = kind.prefix + "-" + digits;
    kind.assertRejects(before ? ws + id : id + ws);
  }

  private static String replaceAt(String s, int index, char c) {
    int i = index % s.length();
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  @Test
  void nullIsRejectedAsMissing() {
    for (Kind kind : Kind.values()) {
      assertRejected(() -> kind.parse.apply(null), kind.field, "must be given");
    }
  }

  @Test
  void theRuleAndMessageNameTheGivenValue() {
    var e = assertRejected(() -> ImageId.of("ami-123"), "imageId", "must be 'ami-' followed by");
    assertThat(e.value()).isEqualTo("ami-123");
    assertThat(e.getMessage()).isEqualTo(
        "Invalid imageId 'ami-123': must be 'ami-' followed by 8 or 17 lowercase hexadecimal digits");
  }

  static Stream<Arguments> pairsOfDigits() {
    return Stream.concat(Stream.of(Arguments.of("00000000", "00000000"), Arguments.of("ffffffff", "00000000000000000")),
        Cases.of(g -> Arguments.of(validDigits(g), validDigits(g))));
  }

  @ParameterizedTest
  @MethodSource("pairsOfDigits")
  void idsOfDifferentTypesAreNeverEqualAndSameTypeOrdersByValue(String a, String b) {
    ImageId image = ImageId.of("ami-" + a);
    SnapshotId snapshot = SnapshotId.of("snap-" + a);
    assertThat((Object) image).isNotEqualTo(snapshot);
    assertThat(ImageId.of("ami-" + a).hashCode()).isEqualTo(image.hashCode());
    int byValue = Integer.signum(("ami-" + a).compareTo("ami-" + b));
    assertThat(Integer.signum(image.compareTo(ImageId.of("ami-" + b)))).isEqualTo(byValue);
  }

  @Test
  void realWorldIdsAreAccepted() {
    assertThat(ImageId.of("ami-0123456789abcdef0").value()).isEqualTo("ami-0123456789abcdef0");
    assertThat(ImageId.of("ami-1a2b3c4d").value()).isEqualTo("ami-1a2b3c4d");
    assertThat(SnapshotId.of("snap-0fedcba9876543210").value()).isEqualTo("snap-0fedcba9876543210");
    assertThat(InstanceId.of("i-0abcdef1234567890").value()).isEqualTo("i-0abcdef1234567890");
    assertThat(VolumeId.of("vol-049df61146c4d7901").value()).isEqualTo("vol-049df61146c4d7901");
  }
}
