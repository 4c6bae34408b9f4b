package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ami4j.gen.Cases;
import io.ami4j.gen.Gen;
import io.ami4j.gen.ReportSeed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EC2's tag rules: at most 50 per resource, key 1–128 characters not starting aws:, value 0–256. */
@ExtendWith(ReportSeed.class)
class TagsPropertiesTest {
  private static final String TAG_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 +-=._:/@";

  private static String key(Gen g) {
    return g.where(x -> x.string(TAG_CHARS, 1, 128), k -> !k.toLowerCase(Locale.ROOT).startsWith("aws:"));
  }

  private static String value(Gen g) {
    return g.string(TAG_CHARS, 0, 256);
  }

  static Stream<Arguments> validTags() {
    Stream<Map<String, String>> bounds = Stream.of(Map.of(), tags(50));
    return Stream.concat(bounds.map(Arguments::of),
        Cases.of(g -> g.mapOf(0, 50, TagsPropertiesTest::key, TagsPropertiesTest::value)));
  }

  @ParameterizedTest
  @MethodSource("validTags")
  void upToFiftyValidTagsAreAccepted(Map<String, String> tags) {
    assertThat(Tags.check(tags)).isSameAs(tags);
  }

  static Stream<Arguments> tooManyTags() {
    return Stream.concat(Stream.of(Arguments.of(tags(51))),
        Cases.of(g -> g.mapOf(51, 80, TagsPropertiesTest::key, TagsPropertiesTest::value)));
  }

  @ParameterizedTest
  @MethodSource("tooManyTags")
  void moreThanFiftyTagsAreRejected(Map<String, String> tags) {
    assertRejected(() -> Tags.check(tags), "tags", "at most 50 per resource");
  }

  private static Map<String, String> tags(int n) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      tags.put("key-" + i, "value-" + i);
    }
    return tags;
  }

  static Stream<Arguments> keysAndValues() {
    return Cases.of(g -> Arguments.of(key(g), value(g)));
  }

  @ParameterizedTest
  @MethodSource({"keyAndValueBounds", "keysAndValues"})
  void keysOfUpTo128CharactersAndValuesOfUpTo256AreAccepted(String key, String value) {
    assertThatCode(() -> Tags.checkTag(key, value)).doesNotThrowAnyException();
  }

  static Stream<Arguments> keyAndValueBounds() {
    return Stream.of(Arguments.of("k", ""), Arguments.of("k".repeat(128), "v".repeat(256)), Arguments.of("aws", "x"),
        Arguments.of("aws-", "x"), Arguments.of("team:aws:name", "x"));
  }

  static Stream<Arguments> longKeys() {
    return Cases.of(g -> g.string(TAG_CHARS, 129, 300));
  }

  @ParameterizedTest
  @ValueSource(strings = {""})
  @MethodSource({"longKeyBound", "longKeys"})
  void keysLongerThan128CharactersAreRejected(String key) {
    assertRejected(() -> Tags.checkTag(key, "v"), "tag key", "1 to 128 characters");
  }

  static Stream<String> longKeyBound() {
    return Stream.of("k".repeat(129));
  }

  static Stream<Arguments> reservedKeys() {
    return Cases.of(g -> Arguments.of(g.oneOf("aws:", "AWS:", "Aws:", "aWs:", "awS:", "aWS:", "AwS:", "AWs:"),
        value(g)));
  }

  @ParameterizedTest
  @MethodSource({"reservedKeyBounds", "reservedKeys"})
  void keysStartingWithTheReservedPrefixAreRejectedInAnyCase(String prefix, String rest) {
    String key = (prefix + rest).substring(0, Math.min(128, prefix.length() + rest.length()));
    assertRejected(() -> Tags.checkTag(key, ""), "tag key", "must not start with 'aws:'");
  }

  static Stream<Arguments> reservedKeyBounds() {
    return Stream.of(Arguments.of("aws:", ""), Arguments.of("AWS:", "k".repeat(124)));
  }

  static Stream<Arguments> longValues() {
    return Cases.of(g -> Arguments.of(key(g), g.string(TAG_CHARS, 257, 600)));
  }

  @ParameterizedTest
  @MethodSource({"longValueBound", "longValues"})
  void valuesLongerThan256CharactersAreRejected(String key, String value) {
    assertRejected(() -> Tags.checkTag(key, value), "tag value", "at most 256 characters");
  }

  static Stream<Arguments> longValueBound() {
    return Stream.of(Arguments.of("k", "v".repeat(257)));
  }

  @Test
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
