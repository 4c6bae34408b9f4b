package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Image names (3–128 letters, digits, space and ( ) [ ] . / - ' @ _) and descriptions (at most
 * 255 characters), as every request that names a new image checks them.
 */
class ImageNameAndDescriptionPropertiesTest {
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ()[]./-'@_";
  private static final String[] NAME_RULE = {"3 to 128 characters", "letters, digits, space and ( ) [ ] . / - ' @ _"};

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

  @Provide
  Arbitrary<String> validName() {
    return Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(3).ofMaxLength(128);
  }

  @Property
  void namesOfAllowedCharactersAndLengthAreAccepted(@ForAll Request request, @ForAll("validName") String name) {
    assertThat(request.build.apply(name, null)).isEqualTo(name);
  }

  @Property
  void namesShorterThan3OrLongerThan128AreRejected(@ForAll Request request, @ForAll("badLengthName") String name) {
    assertRejected(() -> request.build.apply(name, null), "name", NAME_RULE);
  }

  @Provide
  Arbitrary<String> badLengthName() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(0).ofMaxLength(2),
        Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(129).ofMaxLength(300));
  }

  @Property
  void anyOtherCharacterIsRejected(@ForAll Request request, @ForAll("validName") String name,
      @ForAll("forbidden") char bad, @ForAll("position") int position) {
    int at = position % name.length();
    String text = name.substring(0, at) + bad + name.substring(at + 1);
    assertRejected(() -> request.build.apply(text, null), "name", NAME_RULE);
  }

  @Provide
  Arbitrary<Character> forbidden() {
    // Non-ASCII letters and digits are letters and digits to Java, but not to EC2.
    return Arbitraries.chars().with("!\"#$%&*+,:;<=>?\\^`{|}~\t\n\u00e9\u00fc\u00df\u4e2d\u0663\u00a0".toCharArray());
  }

  @Provide
  Arbitrary<Integer> position() {
    return Arbitraries.integers().between(0, 127);
  }

  @Property
  void descriptionsOfUpTo255CharactersAreAccepted(@ForAll Request request, @ForAll("description") String d) {
    assertThat(request.build.apply("web-server (2026.11)", d)).isEqualTo("web-server (2026.11)");
  }

  @Provide
  Arbitrary<String> description() {
    // Descriptions may hold any character; only the length is limited.
    return Arbitraries.strings().ofMinLength(0).ofMaxLength(255);
  }

  @Property
  void descriptionsLongerThan255CharactersAreRejected(@ForAll Request request, @ForAll("longDescription") String d) {
    assertRejected(() -> request.build.apply("web-server", d), "description", "at most 255 characters");
  }

  @Provide
  Arbitrary<String> longDescription() {
    return Arbitraries.strings().ofMinLength(256).ofMaxLength(1_000);
  }

  @Example
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
