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

/** Organization and organizational unit ARNs in the partitions aws, aws-cn and aws-us-gov. */
class OrganizationArnPropertiesTest {
  private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ORG_RULE = "organization/o-<10 to 32 lowercase letters or digits>";
  private static final String OU_RULE = ":ou/o-";

  @Provide
  Arbitrary<String> partition() {
    return Arbitraries.of("aws", "aws-cn", "aws-us-gov");
  }

  @Provide
  Arbitrary<String> account() {
    return Arbitraries.strings().numeric().ofLength(12);
  }

  @Provide
  Arbitrary<String> orgId() {
    return Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(10).ofMaxLength(32).map(s -> "o-" + s);
  }

  @Provide
  Arbitrary<String> ouId() {
    return Combinators.combine(
            Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(4).ofMaxLength(32),
            Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(8).ofMaxLength(32))
        .as((root, unit) -> "ou-" + root + "-" + unit);
  }

  private static String orgArn(String partition, String account, String orgId) {
    return "arn:" + partition + ":organizations::" + account + ":organization/" + orgId;
  }

  private static String ouArn(String partition, String account, String orgId, String ouId) {
    return "arn:" + partition + ":organizations::" + account + ":ou/" + orgId + "/" + ouId;
  }

  @Property
  void wellFormedOrganizationArnsAreAccepted(@ForAll("partition") String partition,
      @ForAll("account") String account, @ForAll("orgId") String orgId) {
    String text = orgArn(partition, account, orgId);
    OrganizationArn arn = OrganizationArn.of(text);
    assertThat(arn.value()).isEqualTo(text);
    assertThat(arn.organizationId()).isEqualTo(orgId);
    assertThat(arn).isEqualTo(OrganizationArn.of(text)).hasToString(text);
  }

  @Property
  void wellFormedOuArnsAreAccepted(@ForAll("partition") String partition, @ForAll("account") String account,
      @ForAll("orgId") String orgId, @ForAll("ouId") String ouId) {
    String text = ouArn(partition, account, orgId, ouId);
    OrganizationalUnitArn arn = OrganizationalUnitArn.of(text);
    assertThat(arn.value()).isEqualTo(text);
    assertThat(arn.organizationId()).isEqualTo(orgId);
    assertThat(arn.unitId()).isEqualTo(ouId);
    assertThat(arn).isEqualTo(OrganizationalUnitArn.of(text)).hasToString(text);
  }

  @Property
  void otherPartitionsAreRejected(@ForAll("badPartition") String partition, @ForAll("account") String account,
      @ForAll("orgId") String orgId, @ForAll("ouId") String ouId) {
    assertRejected(() -> OrganizationArn.of(orgArn(partition, account, orgId)), "organizationArn", ORG_RULE,
        "aws|aws-cn|aws-us-gov");
    assertRejected(() -> OrganizationalUnitArn.of(ouArn(partition, account, orgId, ouId)),
        "organizationalUnitArn", OU_RULE);
  }

  @Provide
  Arbitrary<String> badPartition() {
    return Arbitraries.oneOf(Arbitraries.of("", "AWS", "aws-iso", "aws-us", "aws-gov", "aws-cn-north", "amazon"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
            .filter(p -> !p.equals("aws")));
  }

  @Property
  void accountsOfOtherLengthsAreRejected(@ForAll("partition") String partition,
      @ForAll("badAccount") String account, @ForAll("orgId") String orgId, @ForAll("ouId") String ouId) {
    assertRejected(() -> OrganizationArn.of(orgArn(partition, account, orgId)), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationalUnitArn.of(ouArn(partition, account, orgId, ouId)),
        "organizationalUnitArn", OU_RULE);
  }

  @Provide
  Arbitrary<String> badAccount() {
    return Arbitraries.integers().between(0, 20).filter(n -> n != 12)
        .flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
  }

  @Property
  void organizationIdsOfOtherLengthsOrUppercaseAreRejected(@ForAll("partition") String partition,
      @ForAll("account") String account, @ForAll("badOrgId") String orgId, @ForAll("ouId") String ouId) {
    assertRejected(() -> OrganizationArn.of(orgArn(partition, account, orgId)), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationalUnitArn.of(ouArn(partition, account, orgId, ouId)),
        "organizationalUnitArn", OU_RULE);
  }

  @Provide
  Arbitrary<String> badOrgId() {
    Arbitrary<String> wrongLength = Arbitraries.oneOf(
            Arbitraries.integers().between(0, 9), Arbitraries.integers().between(33, 40))
        .flatMap(n -> Arbitraries.strings().withChars(LOWER_ALNUM).ofLength(n)).map(s -> "o-" + s);
    Arbitrary<String> uppercase = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(10).ofMaxLength(32)
        .map(s -> "o-" + s);
    Arbitrary<String> noPrefix = Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(10).ofMaxLength(32);
    return Arbitraries.oneOf(wrongLength, uppercase, noPrefix);
  }

  @Property
  void ouIdsOfTheWrongShapeAreRejected(@ForAll("partition") String partition, @ForAll("account") String account,
      @ForAll("orgId") String orgId, @ForAll("badOuId") String ouId) {
    assertRejected(() -> OrganizationalUnitArn.of(ouArn(partition, account, orgId, ouId)),
        "organizationalUnitArn", OU_RULE);
  }

  @Provide
  Arbitrary<String> badOuId() {
    Arbitrary<String> shortRoot = Combinators.combine(
            Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(0).ofMaxLength(3),
            Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(8).ofMaxLength(32))
        .as((r, u) -> "ou-" + r + "-" + u);
    Arbitrary<String> shortUnit = Combinators.combine(
            Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(4).ofMaxLength(32),
            Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(0).ofMaxLength(7))
        .as((r, u) -> "ou-" + r + "-" + u);
    Arbitrary<String> oneSegment = Arbitraries.strings().withChars(LOWER_ALNUM).ofMinLength(12).ofMaxLength(40)
        .map(s -> "ou-" + s);
    return Arbitraries.oneOf(shortRoot, shortUnit, oneSegment);
  }

  @Property
  void anOuArnIsNotAnOrganizationArnAndViceVersa(@ForAll("partition") String partition,
      @ForAll("account") String account, @ForAll("orgId") String orgId, @ForAll("ouId") String ouId) {
    assertRejected(() -> OrganizationArn.of(ouArn(partition, account, orgId, ouId)), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationalUnitArn.of(orgArn(partition, account, orgId)),
        "organizationalUnitArn", OU_RULE);
  }

  @Example
  void regionalOrMisspelledArnsAreRejected() {
    assertRejected(() -> OrganizationArn.of(
        "arn:aws:organizations:us-east-1:123456789012:organization/o-exampleorgid"), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationArn.of(
        "arn:aws:organization::123456789012:organization/o-exampleorgid"), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationArn.of("o-exampleorgid"), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationArn.of(null), "organizationArn", "must be given");
    assertRejected(() -> OrganizationalUnitArn.of(null), "organizationalUnitArn", "must be given");
  }

  @Example
  void documentedExamplesAreAccepted() {
    assertThat(OrganizationArn.of("arn:aws:organizations::123456789012:organization/o-exampleorgid")
        .organizationId()).isEqualTo("o-exampleorgid");
    assertThat(OrganizationalUnitArn.of("arn:aws:organizations::123456789012:ou/o-exampleorgid/ou-ab12-cdef3456")
        .unitId()).isEqualTo("ou-ab12-cdef3456");
  }
}
