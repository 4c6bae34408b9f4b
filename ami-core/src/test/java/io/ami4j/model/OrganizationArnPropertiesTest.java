package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static io.ami4j.gen.Gen.DIGITS;
import static io.ami4j.gen.Gen.LOWER;
import static io.ami4j.gen.Gen.UPPER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.gen.Cases;
import io.ami4j.gen.Gen;
import io.ami4j.gen.ReportSeed;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Organization and organizational unit ARNs in the partitions aws, aws-cn and aws-us-gov. */
@ExtendWith(ReportSeed.class)
class OrganizationArnPropertiesTest {
  private static final String LOWER_ALNUM = LOWER + DIGITS;
  private static final String ORG_RULE = "organization/o-<10 to 32 lowercase letters or digits>";
  private static final String OU_RULE = ":ou/o-";

  private static String partition(Gen g) {
    return g.oneOf("aws", "aws-cn", "aws-us-gov");
  }

  private static String account(Gen g) {
    return g.string(DIGITS, 12);
  }

  private static String orgId(Gen g) {
    return "o-" + g.string(LOWER_ALNUM, 10, 32);
  }

  private static String ouId(Gen g) {
    return "ou-" + g.string(LOWER_ALNUM, 4, 32) + "-" + g.string(LOWER_ALNUM, 8, 32);
  }

  private static String orgArn(String partition, String account, String orgId) {
    return "arn:" + partition + ":organizations::" + account + ":organization/" + orgId;
  }

  private static String ouArn(String partition, String account, String orgId, String ouId) {
    return "arn:" + partition + ":organizations::" + account + ":ou/" + orgId + "/" + ouId;
  }

  /** Partition, account, organization id and unit id, all well formed. */
  static Stream<Arguments> wellFormed() {
    Stream<Arguments> bounds = Stream.of(
        Arguments.of("aws", "000000000000", "o-" + "a".repeat(10), "ou-" + "0".repeat(4) + "-" + "z".repeat(8)),
        Arguments.of("aws-us-gov", "999999999999", "o-" + "9".repeat(32), "ou-" + "a".repeat(32) + "-" + "b".repeat(32)));
    return Stream.concat(bounds, Cases.of(g -> Arguments.of(partition(g), account(g), orgId(g), ouId(g))));
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  void wellFormedOrganizationArnsAreAccepted(String partition, String account, String orgId, String ouId) {
    String text = orgArn(partition, account, orgId);
    OrganizationArn arn = OrganizationArn.of(text);
    assertThat(arn.value()).isEqualTo(text);
    assertThat(arn.organizationId()).isEqualTo(orgId);
    assertThat(arn).isEqualTo(OrganizationArn.of(text)).hasToString(text);
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  void wellFormedOuArnsAreAccepted(String partition, String account, String orgId, String ouId) {
    String text = ouArn(partition, account, orgId, ouId);
    OrganizationalUnitArn arn = OrganizationalUnitArn.of(text);
    assertThat(arn.value()).isEqualTo(text);
    assertThat(arn.organizationId()).isEqualTo(orgId);
    assertThat(arn.unitId()).isEqualTo(ouId);
    assertThat(arn).isEqualTo(OrganizationalUnitArn.of(text)).hasToString(text);
  }

  static Stream<Arguments> badPartitions() {
    Stream<String> listed = Stream.of("", "AWS", "aws-iso", "aws-us", "aws-gov", "aws-cn-north", "amazon");
    return Stream.concat(
        listed.map(p -> Arguments.of(p, "123456789012", "o-exampleorgid", "ou-ab12-cdef3456")),
        Cases.of(g -> Arguments.of(g.where(x -> x.string(LOWER, 1, 8), p -> !p.equals("aws")), account(g),
            orgId(g), ouId(g))));
  }

  @ParameterizedTest
  @MethodSource("badPartitions")
  void otherPartitionsAreRejected(String partition, String account, String orgId, String ouId) {
    assertRejected(() -> OrganizationArn.of(orgArn(partition, account, orgId)), "organizationArn", ORG_RULE,
        "aws|aws-cn|aws-us-gov");
    assertRejected(() -> OrganizationalUnitArn.of(ouArn(partition, account, orgId, ouId)),
        "organizationalUnitArn", OU_RULE);
  }

  static Stream<Arguments> badAccounts() {
    Stream<String> listed = Stream.of("", "12345678901", "1234567890123");
    return Stream.concat(
        listed.map(a -> Arguments.of("aws", a, "o-exampleorgid", "ou-ab12-cdef3456")),
        Cases.of(g -> Arguments.of(partition(g), g.string(DIGITS, g.where(x -> x.between(0, 20), n -> n != 12)),
            orgId(g), ouId(g))));
  }

  @ParameterizedTest
  @MethodSource("badAccounts")
  void accountsOfOtherLengthsAreRejected(String partition, String account, String orgId, String ouId) {
    assertRejected(() -> OrganizationArn.of(orgArn(partition, account, orgId)), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationalUnitArn.of(ouArn(partition, account, orgId, ouId)),
        "organizationalUnitArn", OU_RULE);
  }

  static Stream<Arguments> badOrgIds() {
    Stream<String> listed = Stream.of("o-" + "a".repeat(9), "o-" + "a".repeat(33), "o-", "o-EXAMPLEORG", "exampleorgid");
    return Stream.concat(
        listed.map(o -> Arguments.of("aws", "123456789012", o, "ou-ab12-cdef3456")),
        Cases.of(g -> Arguments.of(partition(g), account(g), g.anyOf(
            x -> "o-" + x.string(LOWER_ALNUM, x.bool() ? x.between(0, 9) : x.between(33, 40)),
            x -> "o-" + x.string(UPPER, 10, 32),
            x -> x.string(LOWER_ALNUM, 10, 32)), ouId(g))));
  }

  @ParameterizedTest
  @MethodSource("badOrgIds")
  void organizationIdsOfOtherLengthsOrUppercaseAreRejected(String partition, String account, String orgId,
      String ouId) {
    assertRejected(() -> OrganizationArn.of(orgArn(partition, account, orgId)), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationalUnitArn.of(ouArn(partition, account, orgId, ouId)),
        "organizationalUnitArn", OU_RULE);
  }

  static Stream<Arguments> badOuIds() {
    Stream<String> listed = Stream.of("ou-abc-cdef3456", "ou-ab12-cdef345", "ou-" + "a".repeat(33) + "-cdef3456",
        "ou-ab12-" + "c".repeat(33), "ou-ab12cdef3456", "ou-AB12-CDEF3456");
    return Stream.concat(
        listed.map(u -> Arguments.of("aws", "123456789012", "o-exampleorgid", u)),
        Cases.of(g -> Arguments.of(partition(g), account(g), orgId(g), g.anyOf(
            x -> "ou-" + x.string(LOWER_ALNUM, 0, 3) + "-" + x.string(LOWER_ALNUM, 8, 32),
            x -> "ou-" + x.string(LOWER_ALNUM, 4, 32) + "-" + x.string(LOWER_ALNUM, 0, 7),
            x -> "ou-" + x.string(LOWER_ALNUM, 12, 40)))));
  }

  @ParameterizedTest
  @MethodSource("badOuIds")
  void ouIdsOfTheWrongShapeAreRejected(String partition, String account, String orgId, String ouId) {
    assertRejected(() -> OrganizationalUnitArn.of(ouArn(partition, account, orgId, ouId)),
        "organizationalUnitArn", OU_RULE);
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  void anOuArnIsNotAnOrganizationArnAndViceVersa(String partition, String account, String orgId, String ouId) {
    assertRejected(() -> OrganizationArn.of(ouArn(partition, account, orgId, ouId)), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationalUnitArn.of(orgArn(partition, account, orgId)),
        "organizationalUnitArn", OU_RULE);
  }

  @Test
  void regionalOrMisspelledArnsAreRejected() {
    assertRejected(() -> OrganizationArn.of(
        "arn:aws:organizations:us-east-1:123456789012:organization/o-exampleorgid"), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationArn.of(
        "arn:aws:organization::123456789012:organization/o-exampleorgid"), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationArn.of("o-exampleorgid"), "organizationArn", ORG_RULE);
    assertRejected(() -> OrganizationArn.of(null), "organizationArn", "must be given");
    assertRejected(() -> OrganizationalUnitArn.of(null), "organizationalUnitArn", "must be given");
  }

  @Test
  void documentedExamplesAreAccepted() {
    assertThat(OrganizationArn.of("arn:aws:organizations::123456789012:organization/o-exampleorgid")
        .organizationId()).isEqualTo("o-exampleorgid");
    assertThat(OrganizationalUnitArn.of("arn:aws:organizations::123456789012:ou/o-exampleorgid/ou-ab12-cdef3456")
        .unitId()).isEqualTo("ou-ab12-cdef3456");
  }
}
