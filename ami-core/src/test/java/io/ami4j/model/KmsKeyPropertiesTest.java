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

/** The forms EC2's KmsKeyId takes: key id, multi-Region key id, alias, key ARN, alias ARN. */
class KmsKeyPropertiesTest {
  private static final String HEX = "0123456789abcdef";
  private static final String ALIAS_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_-";
  private static final String[] RULE = {"KMS key id", "alias/NAME", "mrk-", "ARN"};

  private static Arbitrary<String> hex(int n) {
    return Arbitraries.strings().withChars(HEX).ofLength(n);
  }

  @Provide
  Arbitrary<String> keyId() {
    return Combinators.combine(hex(8), hex(4), hex(4), hex(4), hex(12))
        .as((a, b, c, d, e) -> a + "-" + b + "-" + c + "-" + d + "-" + e);
  }

  @Provide
  Arbitrary<String> multiRegionKeyId() {
    return hex(32).map(h -> "mrk-" + h);
  }

  @Provide
  Arbitrary<String> aliasName() {
    return Arbitraries.strings().withChars(ALIAS_CHARS).ofMinLength(1).ofMaxLength(250);
  }

  @Provide
  Arbitrary<String> arnPrefix() {
    return Combinators.combine(Arbitraries.of("aws", "aws-cn", "aws-us-gov"),
            Arbitraries.of("us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1", "ap-southeast-5"),
            Arbitraries.strings().numeric().ofLength(12))
        .as((p, r, a) -> "arn:" + p + ":kms:" + r + ":" + a + ":");
  }

  @Provide
  Arbitrary<String> validKey() {
    Arbitrary<String> keyArn = Combinators.combine(arnPrefix(), Arbitraries.oneOf(keyId(), multiRegionKeyId()))
        .as((p, k) -> p + "key/" + k);
    Arbitrary<String> aliasArn = Combinators.combine(arnPrefix(), aliasName()).as((p, n) -> p + "alias/" + n);
    return Arbitraries.oneOf(keyId(), multiRegionKeyId(), aliasName().map(n -> "alias/" + n), keyArn, aliasArn);
  }

  @Property
  void everyDocumentedFormIsAccepted(@ForAll("validKey") String text) {
    KmsKey key = KmsKey.of(text);
    assertThat(key.value()).isEqualTo(text);
    assertThat(key).isEqualTo(KmsKey.of(text)).hasToString(text);
  }

  @Property
  void aliasAddsThePrefixOnlyWhenMissing(@ForAll("aliasName") String name) {
    assertThat(KmsKey.alias(name).value()).isEqualTo("alias/" + name);
    assertThat(KmsKey.alias("alias/" + name).value()).isEqualTo("alias/" + name);
  }

  @Property
  void malformedKeyIdsAreRejected(@ForAll("keyId") String keyId, @ForAll("index") int index,
      @ForAll("nonHex") char bad) {
    int i = index % keyId.length();
    if (keyId.charAt(i) == '-') {
      return; // replacing a dash with a letter is covered by the shape examples below
    }
    String text = keyId.substring(0, i) + bad + keyId.substring(i + 1);
    assertRejected(() -> KmsKey.of(text), "kmsKey", RULE);
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 35);
  }

  @Provide
  Arbitrary<Character> nonHex() {
    return Arbitraries.oneOf(Arbitraries.chars().range('g', 'z'), Arbitraries.chars().with(" :_.".toCharArray()));
  }

  @Property
  void multiRegionIdsOfOtherLengthsAreRejected(@ForAll("wrongLength") int n) {
    String text = "mrk-" + "a".repeat(n);
    assertRejected(() -> KmsKey.of(text), "kmsKey", RULE);
  }

  @Provide
  Arbitrary<Integer> wrongLength() {
    return Arbitraries.integers().between(0, 40).filter(n -> n != 32);
  }

  @Property
  void aliasesWithOtherCharactersOrTooLongAreRejected(@ForAll("aliasName") String name,
      @ForAll("aliasBadChar") char bad) {
    assertRejected(() -> KmsKey.of("alias/" + name + bad), "kmsKey", RULE);
    assertRejected(() -> KmsKey.of("alias/" + "a".repeat(251)), "kmsKey", RULE);
  }

  @Provide
  Arbitrary<Character> aliasBadChar() {
    return Arbitraries.chars().with(" .:@!*+\u00e9".toCharArray());
  }

  @Property
  void arnsWithOtherPartitionsOrAccountsAreRejected(@ForAll("keyId") String keyId,
      @ForAll("badArnPrefix") String prefix) {
    assertRejected(() -> KmsKey.of(prefix + "key/" + keyId), "kmsKey", RULE);
  }

  @Provide
  Arbitrary<String> badArnPrefix() {
    return Arbitraries.oneOf(
        Arbitraries.of("arn:aws-foo:kms:us-east-1:123456789012:", "arn:aws:kms:us-east-1:12345678901:",
            "arn:aws:kms:us-east-1::", "arn:aws:s3:us-east-1:123456789012:", "arn:AWS:kms:us-east-1:123456789012:"),
        Arbitraries.strings().numeric().ofLength(13).map(a -> "arn:aws:kms:us-east-1:" + a + ":"));
  }

  @Example
  void otherShapesAreRejected() {
    for (String bad : new String[] {"", "alias/", "my-key", "key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "1234abcd-12ab-34cd-56ef-1234567890a", "1234abcd12ab34cd56ef1234567890ab",
        "1234abcd-12ab-34cd-56ef-1234567890ab ", "arn:aws:kms:us-east-1:123456789012:key/"}) {
      assertRejected(() -> KmsKey.of(bad), "kmsKey", RULE);
    }
    assertRejected(() -> KmsKey.of(null), "kmsKey", "must be given");
    assertRejected(() -> KmsKey.alias(null), "kmsKey", "must be given");
  }

  @Example
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
