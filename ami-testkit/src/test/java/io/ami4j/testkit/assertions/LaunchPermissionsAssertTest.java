package io.ami4j.testkit.assertions;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThatLaunchPermissions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.AccountId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.OrganizationArn;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchPermissionsAssertTest {
  private static final String ORG = "arn:aws:organizations::123456789012:organization/o-abc123defg";
  private static final List<LaunchPermission> SHARED = List.of(
      LaunchPermission.account("111122223333"), LaunchPermission.organization(ORG));

  @Test
  void passesOnMatchingPermissions() {
    assertThatLaunchPermissions(SHARED).isSharedWith(AccountId.of("111122223333"))
        .isSharedWithOrganization(ORG).isSharedWithOrganization(OrganizationArn.of(ORG));
    assertThatLaunchPermissions(List.of()).isNotShared();
    assertThatLaunchPermissions(List.of(LaunchPermission.publicAccess())).isPublic();
  }

  @Test
  void assertJsListAssertionsAndOursMeetInOneFile() {
    // Both entry points are imported statically: assertThat(List) is AssertJ's, and ours has its own name.
    assertThat(SHARED).hasSize(2).contains(LaunchPermission.account("111122223333"));
    assertThatLaunchPermissions(SHARED).isSharedWith(AccountId.of("111122223333"));
    assertThat(AmiAssertions.assertThatLaunchPermissions(SHARED)).isInstanceOf(AbstractLaunchPermissionsAssert.class);
  }

  @Test
  @SuppressWarnings("removal")
  void theFormerNameStillWorksUntilItGoes() {
    AmiAssertions.assertThatSharing(SHARED).isSharedWith(AccountId.of("111122223333"));
    assertThatThrownBy(() -> AmiAssertions.assertThatSharing(List.of()).isPublic())
        .hasMessageStartingWith("Expected image to be shared with everyone <all>");
  }

  @Test
  void failsNamingTheGranteeAndThePermissions() {
    assertThatThrownBy(() -> assertThatLaunchPermissions(SHARED).isSharedWith(AccountId.of("444455556666")))
        .hasMessage("Expected image to be shared with account <444455556666> but its launch permissions were "
            + "<[account:111122223333, organization:" + ORG + "]>");
    assertThatThrownBy(() -> assertThatLaunchPermissions(List.of()).isSharedWithOrganization(ORG))
        .hasMessage("Expected image to be shared with organization <" + ORG + "> but its launch permissions were <[]>");
    assertThatThrownBy(() -> assertThatLaunchPermissions(SHARED).isNotShared())
        .hasMessageStartingWith("Expected image not to be shared but its launch permissions were <[account:111122223333");
    assertThatThrownBy(() -> assertThatLaunchPermissions(SHARED).isPublic())
        .hasMessageStartingWith("Expected image to be shared with everyone <all>");
  }
}
