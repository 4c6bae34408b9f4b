package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static io.ami4j.gen.Gen.DIGITS;
import static io.ami4j.gen.Gen.LOWER;
import static io.ami4j.gen.Gen.LOWER_HEX;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.gen.Cases;
import io.ami4j.gen.Gen;
import io.ami4j.gen.ReportSeed;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms EC2's KmsKeyId takes: key id, multi-Region key id, alias, key ARN, alias ARN. */
@ExtendWith(ReportSeed.class)
class KmsKeyPropertiesTest {
  private static final String ALIAS_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_-";
  private static final String[] RULE = {"KMS key id", "alias/NAME", "mrk-", "ARN"};

  private static String keyId(Gen g) {
    return g.string(LOWER_HEX, 8) + "-" + g.string(LOWER_HEX, 4) + "-" + g.string(LOWER_HEX, 4) + "-"
        + g.string(LOWER_HEX, 4) + "-" + g.string(LOWER_HEX, 12);
  }

  private static String multiRegionKeyId(Gen g) {
    return "mrk-" + g.string(LOWER_HEX, 32);
  }

  private static String aliasName(Gen g) {
    return g.string(ALIAS_CHARS, 1, 250);
  }

  private static String arnPrefix(Gen g) {
    return "arn:" + g.oneOf("aws", "aws-cn", "aws-us-gov") + ":kms:"
        + g.oneOf("us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1", "ap-southeast-5") + ":"
        + g.string(DIGITS, 12) + ":";
  }

  private static String validKey(Gen g) {
    return g.anyOf(KmsKeyPropertiesTest::keyId, KmsKeyPropertiesTest::multiRegionKeyId,
        x -> "alias/" + aliasName(x),
        x -> arnPrefix(x) + "key/" + x.anyOf(KmsKeyPropertiesTest::keyId, KmsKeyPropertiesTest::multiRegionKeyId),
        x -> arnPrefix(x) + "alias/" + aliasName(x));
  }

  static Stream<Arguments> validKeys() {
    return Cases.of(KmsKeyPropertiesTest::validKey);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "mrk-ffffffffffffffffffffffffffffffff", "alias/a",
      "alias/aws/ebs", "arn:aws-us-gov:kms:us-gov-west-1:000000000000:key/mrk-0123456789abcdef0123456789abcdef",
      "arn:aws-cn:kms:cn-north-1:999999999999:alias/_"})
  @MethodSource("validKeys")
  void everyDocumentedFormIsAccepted(String text) {
    KmsKey key = KmsKey.of(text);
    assertThat(key.value()).isEqualTo(text);
    assertThat(key).isEqualTo(KmsKey.of(text)).hasToString(text);
  }

  static Stream<Arguments> aliasNames() {
    return Cases.of(KmsKeyPropertiesTest::aliasName);
  }

  @ParameterizedTest
  @MethodSource({"aliasNameBounds", "aliasNames"})
  void aliasAddsThePrefixOnlyWhenMissing(String name) {
    assertThat(KmsKey.alias(name).value()).isEqualTo("alias/" + name);
    assertThat(KmsKey.alias("alias/" + name).value()).isEqualTo("alias/" + name);
  }

  static Stream<String> aliasNameBounds() {
    return Stream.of("a", "A".repeat(250), "/", "-_/");
  }

  @ParameterizedTest
  @MethodSource("malformedKeyIds")
  void malformedKeyIdsAreRejected(String keyId, int index, char bad) {
    // replacing a dash with a letter is covered by the shape examples below
    String text = keyId.substring(0, index) + bad + keyId.substring(index + 1);
    assertRejected(() -> KmsKey.of(text), "kmsKey", RULE);
  }

  static Stream<Arguments> malformedKeyIds() {
    return Stream.concat(
        Stream.of(Arguments.of("1234abcd-12ab-34cd-56ef-1234567890ab", 0, 'g'),
            Arguments.of("1234abcd-12ab-34cd-56ef-1234567890ab", 35, ':')),
        Cases.of(g -> {
          String keyId = keyId(g);
          int index = g.where(x -> x.between(0, 35), i -> keyId.charAt(i) != '-');
          return Arguments.of(keyId, index, g.anyOf(x -> x.charOf("ghijklmnopqrstuvwxyz"), x -> x.charOf(" :_.")));
        }));
  }

  /** Every length from 0 to 40 but 32: few enough to try them all. */
  static IntStream otherLengths() {
    return IntStream.rangeClosed(0, 40).filter(n -> n != 32);
  }

  @ParameterizedTest
  @MethodSource("otherLengths")
  void multiRegionIdsOfOtherLengthsAreRejected(int n) {
    String text = "mrk-" + "a".repeat(n);
    assertRejected(() -> KmsKey.of(text), "kmsKey", RULE);
  }

  @ParameterizedTest
  @MethodSource("aliasesWithABadCharacter")
  void aliasesWithOtherCharactersOrTooLongAreRejected(String name, char bad) {
    assertRejected(() -> KmsKey.of("alias/" + name + bad), "kmsKey", RULE);
    assertRejected(() -> KmsKey.of("alias/" + "a".repeat(251)), "kmsKey", RULE);
  }

  static Stream<Arguments> aliasesWithABadCharacter() {
    return Cases.of(g -> Arguments.of(aliasName(g), g.charOf(" .:@!*+\u00e9")));
  }

  @ParameterizedTest
  @MethodSource("arnsWithABadPrefix")
  void arnsWithOtherPartitionsOrAccountsAreRejected(String keyId, String prefix) {
    assertRejected(() -> KmsKey.of(prefix + "key/" + keyId), "kmsKey", RULE);
  }

  static Stream<Arguments> arnsWithABadPrefix() {
    return Cases.of(g -> Arguments.of(keyId(g), g.anyOf(
        x -> x.oneOf("arn:aws-foo:kms:us-east-1:123456789012:", "arn:aws:kms:us-east-1:12345678901:",
            "arn:aws:kms:us-east-1::", "arn:aws:s3:us-east-1:123456789012:", "arn:AWS:kms:us-east-1:123456789012:"),
        x -> "arn:aws:kms:us-east-1:" + x.string(DIGITS, 13) + ":",
        x -> "arn:" + x.where(y -> y.string(LOWER, 1, 8), p -> !p.equals("aws")) + ":kms:us-east-1:123456789012:")));
  }

  @Test
  void otherShapesAreRejected() {
    for (String bad : new String[] {"", "alias/", "my-key", "key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "1234abcd-12ab-34cd-56ef-1234567890a", "1234abcd12ab34cd56ef1234567890ab",
        "1234abcd-12ab-34cd-56ef-1234567890ab ", "arn:aws:kms:us-east-1:123456789012:key/"}) {
      assertRejected(() -> KmsKey.of(bad), "kmsKey", RULE);
    }
    assertRejected(() -> KmsKey.of(null), "kmsKey", "must be given");
    assertRejected(() -> KmsKey.alias(null), "kmsKey", "must be given");
  }

  @Test
  void theAwsManagedDefaultKeyIsRecognisedByAliasAndArn() {
    assertThat(KmsKey.AWS_MANAGED_EBS.value()).isEqualTo("alias/aws/ebs");
    assertThat(KmsKey.AWS_MANAGED_EBS.isAwsManagedDefault()).isTrue();
    assertThat(KmsKey.alias("aws/ebs").isAwsManagedDefault()).isTrue();
    assertThat(KmsKey.of("arn:aws:kms:eu-west-1:123456789012:alias/aws/ebs").isAwsManagedDefault()).isTrue();
    assertThat(KmsKey.alias("ami").isAwsManagedDefault()).isFalse();
    assertThat(KmsKey.of("arn:aws:kms:eu-west-1:123456789012:alias/team/aws/ebs-keys").isAwsManagedDefault())
        .isFalse();
    assertThat(KmsKey.of("1234abcd-12ab-34cd-56ef-1234567890ab").isAwsManagedDefault()).isFalse();
  }
}
