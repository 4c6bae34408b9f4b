package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who may launch an image, who may create volumes from a snapshot, and whose images to list. */
class PermissionsAndOwnersTest {
  private static final String ACCOUNT = "123456789012";
  private static final String ORG = "arn:aws:organizations::123456789012:organization/o-exampleorgid";
  private static final String OU = "arn:aws:organizations::123456789012:ou/o-exampleorgid/ou-ab12-cdef3456";

  @Test
  void launchPermissionFactoriesMakeTheirKind() {
    assertThat(LaunchPermission.account(ACCOUNT).kind()).isEqualTo(LaunchPermission.Kind.ACCOUNT);
    assertThat(LaunchPermission.account(ACCOUNT).value()).isEqualTo(ACCOUNT);
    assertThat(LaunchPermission.organization(ORG).kind()).isEqualTo(LaunchPermission.Kind.ORGANIZATION);
    assertThat(LaunchPermission.organization(ORG).value()).isEqualTo(ORG);
    assertThat(LaunchPermission.organizationalUnit(OU).kind()).isEqualTo(LaunchPermission.Kind.ORGANIZATIONAL_UNIT);
    assertThat(LaunchPermission.organizationalUnit(OU).value()).isEqualTo(OU);
    assertThat(LaunchPermission.publicAccess().kind()).isEqualTo(LaunchPermission.Kind.PUBLIC);
    assertThat(LaunchPermission.publicAccess().value()).isEqualTo("all");
    assertThat(LaunchPermission.publicAccess().isPublic()).isTrue();
    assertThat(LaunchPermission.account(ACCOUNT).isPublic()).isFalse();
  }

  @Test
  void launchPermissionsAreEqualByKindAndValue() {
    assertThat(LaunchPermission.account(ACCOUNT)).isEqualTo(LaunchPermission.account(AccountId.of(ACCOUNT)))
        .hasSameHashCodeAs(LaunchPermission.account(AccountId.of(ACCOUNT)))
        .isNotEqualTo(LaunchPermission.account("210987654321"))
        .hasToString("account:" + ACCOUNT);
    assertThat(LaunchPermission.organization(ORG)).isEqualTo(LaunchPermission.organization(OrganizationArn.of(ORG)));
    assertThat(LaunchPermission.organizationalUnit(OU))
        .isEqualTo(LaunchPermission.organizationalUnit(OrganizationalUnitArn.of(OU)));
    assertThat(LaunchPermission.publicAccess()).isEqualTo(LaunchPermission.publicAccess()).hasToString("public:all");
  }

  @Test
  void launchPermissionsValidateWhatTheyGrant() {
    assertRejected(() -> LaunchPermission.account("12345"), "accountId", "12 digits");
    assertRejected(() -> LaunchPermission.organization("o-exampleorgid"), "organizationArn", "organization/o-");
    assertRejected(() -> LaunchPermission.organizationalUnit(ORG), "organizationalUnitArn", ":ou/o-");
    assertRejected(() -> LaunchPermission.account((AccountId) null), "account", "must be given");
    assertRejected(() -> LaunchPermission.organization((OrganizationArn) null), "organizationArn", "must be given");
  }

  @Test
  void volumePermissionsAreAnAccountOrEveryone() {
    VolumePermission account = VolumePermission.account(AccountId.of(ACCOUNT));
    assertThat(account.account()).contains(AccountId.of(ACCOUNT));
    assertThat(account.isPublic()).isFalse();
    assertThat(account).isEqualTo(VolumePermission.account(AccountId.of(ACCOUNT)))
        .hasSameHashCodeAs(VolumePermission.account(AccountId.of(ACCOUNT)))
        .isNotEqualTo(VolumePermission.publicAccess()).hasToString("account:" + ACCOUNT);
    assertThat(VolumePermission.publicAccess().isPublic()).isTrue();
    assertThat(VolumePermission.publicAccess().account()).isEmpty();
    assertThat(VolumePermission.publicAccess()).isEqualTo(VolumePermission.publicAccess()).hasToString("public");
    assertRejected(() -> VolumePermission.account(null), "account", "must be given");
  }

  @Test
  void ownersParseEc2sSpellings() {
    assertThat(Owner.of("self")).isSameAs(Owner.SELF);
    assertThat(Owner.of("amazon")).isSameAs(Owner.AMAZON);
    assertThat(Owner.of("aws-marketplace")).isSameAs(Owner.AWS_MARKETPLACE);
    assertThat(Owner.of("aws-backup-vault")).isSameAs(Owner.AWS_BACKUP_VAULT);
    assertThat(Owner.of(ACCOUNT)).isEqualTo(Owner.account(ACCOUNT)).isEqualTo(Owner.account(AccountId.of(ACCOUNT)))
        .hasSameHashCodeAs(Owner.account(ACCOUNT)).hasToString(ACCOUNT);
    assertThat(Owner.of(ACCOUNT).isAccount()).isTrue();
    assertThat(Owner.SELF.isAccount()).isFalse();
    assertThat(Owner.AMAZON.value()).isEqualTo("amazon");
    assertThat(Owner.SELF).isNotEqualTo(Owner.AMAZON);
  }

  @Test
  void anythingElseIsNotAnOwner() {
    assertRejected(() -> Owner.of("Amazon"), "accountId", "12 digits");
    assertRejected(() -> Owner.of("microsoft"), "accountId", "12 digits");
    assertRejected(() -> Owner.of(null), "owner", "must be given");
    assertRejected(() -> Owner.account((AccountId) null), "owner", "must be given");
  }
}
