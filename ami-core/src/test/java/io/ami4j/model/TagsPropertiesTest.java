package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** EC2's tag rules: at most 50 per resource, key 1–128 characters not starting aws:, value 0–256. */
class TagsPropertiesTest {
  private static final String TAG_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 +-=._:/@";

  @Provide
  Arbitrary<String> key() {
    return Arbitraries.strings().withChars(TAG_CHARS).ofMinLength(1).ofMaxLength(128)
        .filter(k -> !k.toLowerCase(Locale.ROOT).startsWith("aws:"));
  }

  @Provide
  Arbitrary<String> value() {
    return Arbitraries.strings().withChars(TAG_CHARS).ofMinLength(0).ofMaxLength(256);
  }

  @Provide
  Arbitrary<Map<String, String>> validTags() {
    return Arbitraries.maps(key(), value()).ofMinSize(0).ofMaxSize(50);
  }

  @Property(tries = 200)
  void upToFiftyValidTagsAreAccepted(@ForAll("validTags") Map<String, String> tags) {
    assertThat(Tags.check(tags)).isSameAs(tags);
  }

  @Property(tries = 200)
  void moreThanFiftyTagsAreRejected(@ForAll("tooManyTags") Map<String, String> tags) {
    assertRejected(() -> Tags.check(tags), "tags", "at most 50 per resource");
  }

  @Provide
  Arbitrary<Map<String, String>> tooManyTags() {
    return Arbitraries.maps(key(), value()).ofMinSize(51).ofMaxSize(80);
  }

  @Property
  void keysOfUpTo128CharactersAndValuesOfUpTo256AreAccepted(@ForAll("key") String key, @ForAll("value") String value) {
    assertThatCode(() -> Tags.checkTag(key, value)).doesNotThrowAnyException();
  }

  @Property
  void keysLongerThan128CharactersAreRejected(@ForAll("longKey") String key) {
    assertRejected(() -> Tags.checkTag(key, "v"), "tag key", "1 to 128 characters");
  }

  @Provide
  Arbitrary<String> longKey() {
    return Arbitraries.strings().withChars(TAG_CHARS).ofMinLength(129).ofMaxLength(300);
  }

  @Property
  void keysStartingWithTheReservedPrefixAreRejectedInAnyCase(@ForAll("reservedPrefix") String prefix,
      @ForAll("value") String rest) {
    String key = (prefix + rest).substring(0, Math.min(128, prefix.length() + rest.length()));
    assertRejected(() -> Tags.checkTag(key, ""), "tag key", "must not start with 'aws:'");
  }

  @Provide
  Arbitrary<String> reservedPrefix() {
    return Arbitraries.of("aws:", "AWS:", "Aws:", "aWs:");
  }

  @Property
  void valuesLongerThan256CharactersAreRejected(@ForAll("key") String key, @ForAll("longValue") String value) {
    assertRejected(() -> Tags.checkTag(key, value), "tag value", "at most 256 characters");
  }

  @Provide
  Arbitrary<String> longValue() {
    return Arbitraries.strings().withChars(TAG_CHARS).ofMinLength(257).ofMaxLength(600);
  }

  @Example
  void edgesOfTheRules() {
    assertThatCode(() -> Tags.checkTag("k".repeat(128), "v".repeat(256))).doesNotThrowAnyException();
    assertThatCode(() -> Tags.checkTag("k", "")).doesNotThrowAnyException();
    // "aws" without the colon, or the prefix elsewhere in the key, is an ordinary key.
    assertThatCode(() -> Tags.checkTag("aws", "x")).doesNotThrowAnyException();
    assertThatCode(() -> Tags.checkTag("team:aws:name", "x")).doesNotThrowAnyException();
    assertRejected(() -> Tags.checkTag("", "v"), "tag key", "1 to 128 characters");
    assertRejected(() -> Tags.checkTag(null, "v"), "tag key", "must be given");
    assertRejected(() -> Tags.checkTag("k", null), "tag value", "must be given");
  }
}
