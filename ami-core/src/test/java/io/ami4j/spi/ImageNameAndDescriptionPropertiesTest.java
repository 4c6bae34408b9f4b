package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.gen.Cases;
import io.ami4j.gen.Gen;
import io.ami4j.gen.ReportSeed;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Image names (3–128 letters, digits, space and ( ) [ ] . / - ' @ _) and descriptions (at most
 * 255 characters), as every request that names a new image checks them.
 */
@ExtendWith(ReportSeed.class)
class ImageNameAndDescriptionPropertiesTest {
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ()[]./-'@_";
  private static final String[] NAME_RULE = {"3 to 128 characters", "letters, digits, space and ( ) [ ] . / - ' @ _"};
  // Non-ASCII letters and digits are letters and digits to Java, but not to EC2.
  private static final String FORBIDDEN = "!\"#$%&*+,:;<=>?\\^`{|}~\t\n\u00e9\u00fc\u00df\u4e2d\u0663\u00a0";

  /** The three requests that make a new image, built with a name and a description (or none). */
  enum Request {
    CREATE((name, description) -> CreateImageRequest.builder()
        .instanceId(InstanceId.of("i-0123456789abcdef0")).name(name).description(description).build().name()),
    COPY((name, description) -> CopyImageRequest.builder()
        .sourceImageId(ImageId.of("ami-0123456789abcdef0")).sourceRegion(Region.of("eu-west-1"))
        .name(name).description(description).build().name()),
    REGISTER((name, description) -> RegisterImageRequest.builder().name(name).description(description)
        .rootDeviceName("/dev/xvda")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda",
            EbsBlockDevice.builder().snapshotId(SnapshotId.of("snap-0123456789abcdef0")).build()))
        .build().name());

    final BiFunction<String, String, String> build;

    Request(BiFunction<String, String, String> build) {
      this.build = build;
    }
  }

  private static String validName(Gen g) {
    return g.string(NAME_CHARS, 3, 128);
  }

  /** Every request with the shortest and longest names and every allowed character, then random names. */
  static Stream<Arguments> validNames() {
    Stream<Arguments> bounds = Stream.of(Request.values()).flatMap(r -> Stream.of("abc", "Z".repeat(128),
        NAME_CHARS, "   ", "()[]./-'@_").map(n -> Arguments.of(r, n)));
    return Stream.concat(bounds, Cases.of(g -> Arguments.of(g.oneOf(Request.class), validName(g))));
  }

  @ParameterizedTest
  @MethodSource("validNames")
  void namesOfAllowedCharactersAndLengthAreAccepted(Request request, String name) {
    assertThat(request.build.apply(name, null)).isEqualTo(name);
  }

  /** Every request with names of 0, 2 and 129 characters, then random lengths outside 3 to 128. */
  static Stream<Arguments> badLengthNames() {
    Stream<Arguments> bounds = Stream.of(Request.values())
        .flatMap(r -> Stream.of("", "ab", "a".repeat(129)).map(n -> Arguments.of(r, n)));
    return Stream.concat(bounds, Cases.of(g -> Arguments.of(g.oneOf(Request.class),
        g.bool() ? g.string(NAME_CHARS, 0, 2) : g.string(NAME_CHARS, 129, 300))));
  }

  @ParameterizedTest
  @MethodSource("badLengthNames")
  void namesShorterThan3OrLongerThan128AreRejected(Request request, String name) {
    assertRejected(() -> request.build.apply(name, null), "name", NAME_RULE);
  }

  /** Every request with a forbidden character first and last, then anywhere in random names. */
  static Stream<Arguments> forbiddenCharacters() {
    Stream<Arguments> bounds = Stream.of(Request.values()).flatMap(r -> Stream.of(
        Arguments.of(r, "web-server", ':', 0), Arguments.of(r, "web-server", '\u00e9', 9)));
    return Stream.concat(bounds, Cases.of(g -> {
      String name = validName(g);
      return Arguments.of(g.oneOf(Request.class), name, g.charOf(FORBIDDEN), g.between(0, name.length() - 1));
    }));
  }

  @ParameterizedTest
  @MethodSource("forbiddenCharacters")
  void anyOtherCharacterIsRejected(Request request, String name, char bad, int at) {
    String text = name.substring(0, at) + bad + name.substring(at + 1);
    assertRejected(() -> request.build.apply(text, null), "name", NAME_RULE);
  }

  /** Every request with no, an empty and a 255-character description, then random ones of any characters. */
  static Stream<Arguments> descriptions() {
    Stream<Arguments> bounds = Stream.of(Request.values())
        .flatMap(r -> Stream.of(null, "", "d".repeat(255)).map(d -> Arguments.of(r, d)));
    // Descriptions may hold any character; only the length is limited.
    return Stream.concat(bounds, Cases.of(g -> Arguments.of(g.oneOf(Request.class), g.anyString(0, 255))));
  }

  @ParameterizedTest
  @MethodSource("descriptions")
  void descriptionsOfUpTo255CharactersAreAccepted(Request request, String d) {
    assertThat(request.build.apply("web-server (2026.11)", d)).isEqualTo("web-server (2026.11)");
  }

  /** Every request with a 256-character description, then random longer ones. */
  static Stream<Arguments> longDescriptions() {
    Stream<Arguments> bounds = Stream.of(Request.values()).map(r -> Arguments.of(r, "d".repeat(256)));
    return Stream.concat(bounds, Cases.of(g -> Arguments.of(g.oneOf(Request.class), g.anyString(256, 1_000))));
  }

  @ParameterizedTest
  @MethodSource("longDescriptions")
  void descriptionsLongerThan255CharactersAreRejected(Request request, String d) {
    assertRejected(() -> request.build.apply("web-server", d), "description", "at most 255 characters");
  }

  @Test
  void realNamesAreAccepted() {
    for (Request r : Request.values()) {
      for (String name : new String[] {"al2023-ami-2023.6.20241212.0-kernel-6.1-x86_64",
          "Windows_Server-2022-English-Full-Base-2024.12.13", "packer [build 42] (o'brien@example)", "abc",
          "a".repeat(128)}) {
        assertThat(r.build.apply(name, "d".repeat(255))).isEqualTo(name);
      }
      assertRejected(() -> r.build.apply("ab", null), "name", NAME_RULE);
      assertRejected(() -> r.build.apply("a".repeat(129), null), "name", NAME_RULE);
      assertRejected(() -> r.build.apply("web:server", null), "name", NAME_RULE);
    }
  }
}
