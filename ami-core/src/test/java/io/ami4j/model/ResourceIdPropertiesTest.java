package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** EC2 resource ids: prefix, dash, then 8 or 17 lowercase hexadecimal digits. */
class ResourceIdPropertiesTest {
  private static final String HEX = "0123456789abcdef";

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

  @Provide
  Arbitrary<String> validDigits() {
    return Arbitraries.of(8, 17).flatMap(n -> Arbitraries.strings().withChars(HEX).ofLength(n));
  }

  @Property
  void idsOfEightOrSeventeenLowercaseHexDigitsAreAccepted(
      @ForAll Kind kind, @ForAll("validDigits") String digits) {
    String text = kind.prefix + "-" + digits;
    ResourceId id = kind.parse.apply(text);
    assertThat(id.value()).isEqualTo(text);
    assertThat(id).hasToString(text).isEqualTo(kind.parse.apply(text));
  }

  @Property
  void anyOtherNumberOfDigitsIsRejected(@ForAll Kind kind, @ForAll("wrongLengthDigits") String digits) {
    kind.assertRejects(kind.prefix + "-" + digits);
  }

  @Provide
  Arbitrary<String> wrongLengthDigits() {
    return Arbitraries.integers().between(0, 40).filter(n -> n != 8 && n != 17)
        .flatMap(n -> Arbitraries.strings().withChars(HEX).ofLength(n));
  }

  @Property
  void uppercaseHexIsRejected(@ForAll Kind kind, @ForAll("validDigits") String digits,
      @ForAll("uppercaseHex") char upper, @ForAll("index") int index) {
    kind.assertRejects(kind.prefix + "-" + replaceAt(digits, index, upper));
  }

  @Property
  void nonHexCharactersAreRejected(@ForAll Kind kind, @ForAll("validDigits") String digits,
      @ForAll("nonHex") char bad, @ForAll("index") int index) {
    kind.assertRejects(kind.prefix + "-" + replaceAt(digits, index, bad));
  }

  @Property
  void anotherPrefixIsRejected(@ForAll Kind kind, @ForAll("validDigits") String digits,
      @ForAll("otherPrefix") String prefix) {
    if (prefix.equals(kind.prefix)) {
      return;
    }
    kind.assertRejects(prefix + "-" + digits);
  }

  @Provide
  Arbitrary<String> otherPrefix() {
    return Arbitraries.oneOf(
        Arbitraries.of("ami", "snap", "i", "vol", "AMI", "eni", "sg", "aki", "ari", ""),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5));
  }

  @Property
  void aMissingOrWrongSeparatorIsRejected(@ForAll Kind kind, @ForAll("validDigits") String digits,
      @ForAll("separator") String separator) {
    kind.assertRejects(kind.prefix + separator + digits);
  }

  @Provide
  Arbitrary<String> separator() {
    return Arbitraries.of("", "_", "--", " ", ":", "/", "- ");
  }

  @Property
  void surroundingWhitespaceIsRejected(@ForAll Kind kind, @ForAll("validDigits") String digits,
      @ForAll("whitespace") String ws, @ForAll boolean before) {
    String id = kind.prefix + "-" + digits;
    kind.assertRejects(before ? ws + id : id + ws);
  }

  @Provide
  Arbitrary<String> whitespace() {
    return Arbitraries.of(" ", "\t", "\n", "\u00a0");
  }

  @Provide
  Arbitrary<Character> uppercaseHex() {
    return Arbitraries.chars().with("ABCDEF".toCharArray());
  }

  @Provide
  Arbitrary<Character> nonHex() {
    return Arbitraries.oneOf(Arbitraries.chars().range('g', 'z'), Arbitraries.chars().range('G', 'Z'),
        Arbitraries.chars().with(" -_./:\u00e9\u0660".toCharArray()));
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 16);
  }

  private static String replaceAt(String s, int index, char c) {
    int i = index % s.length();
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  @Example
  void nullIsRejectedAsMissing() {
    for (Kind kind : Kind.values()) {
      assertRejected(() -> kind.parse.apply(null), kind.field, "must be given");
    }
  }

  @Example
  void theRuleAndMessageNameTheGivenValue() {
    var e = assertRejected(() -> ImageId.of("ami-123"), "imageId", "must be 'ami-' followed by");
    assertThat(e.value()).isEqualTo("ami-123");
    assertThat(e.getMessage()).isEqualTo(
        "Invalid imageId 'ami-123': must be 'ami-' followed by 8 or 17 lowercase hexadecimal digits");
  }

  @Property
  void idsOfDifferentTypesAreNeverEqualAndSameTypeOrdersByValue(
      @ForAll("validDigits") String a, @ForAll("validDigits") String b) {
    ImageId image = ImageId.of("ami-" + a);
    SnapshotId snapshot = SnapshotId.of("snap-" + a);
    assertThat((Object) image).isNotEqualTo(snapshot);
    assertThat(ImageId.of("ami-" + a).hashCode()).isEqualTo(image.hashCode());
    int byValue = Integer.signum(("ami-" + a).compareTo("ami-" + b));
    assertThat(Integer.signum(image.compareTo(ImageId.of("ami-" + b)))).isEqualTo(byValue);
  }

  @Example
  void realWorldIdsAreAccepted() {
    assertThat(ImageId.of("ami-0123456789abcdef0").value()).isEqualTo("ami-0123456789abcdef0");
    assertThat(ImageId.of("ami-1a2b3c4d").value()).isEqualTo("ami-1a2b3c4d");
    assertThat(SnapshotId.of("snap-0fedcba9876543210").value()).isEqualTo("snap-0fedcba9876543210");
    assertThat(InstanceId.of("i-0abcdef1234567890").value()).isEqualTo("i-0abcdef1234567890");
    assertThat(VolumeId.of("vol-049df61146c4d7901").value()).isEqualTo("vol-049df61146c4d7901");
  }
}
