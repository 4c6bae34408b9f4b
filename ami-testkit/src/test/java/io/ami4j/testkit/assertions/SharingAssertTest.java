package io.ami4j.testkit.assertions;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThatSharing;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.AccountId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.OrganizationArn;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharingAssertTest {
  private static final String ORG = "arn:aws:organizations::123456789012:organization/o-abc123defg";
  private static final List<LaunchPermission> SHARED = List.of(
      LaunchPermission.account("111122223333"), LaunchPermission.organization(ORG));

  @Test
  void passesOnMatchingPermissions() {
    assertThatSharing(SHARED).isSharedWith(AccountId.of("111122223333"))
        .isSharedWithOrganization(ORG).isSharedWithOrganization(OrganizationArn.of(ORG));
    assertThatSharing(List.of()).isNotShared();
    assertThatSharing(List.of(LaunchPermission.publicAccess())).isPublic();
    // The overload named like AssertJ's reaches the same assertion.
    AmiAssertions.assertThat(SHARED).isSharedWith(AccountId.of("111122223333"));
  }

  @Test
  void failsNamingTheGranteeAndThePermissions() {
    assertThatThrownBy(() -> assertThatSharing(SHARED).isSharedWith(AccountId.of("444455556666")))
        .hasMessage("Expected image to be shared with account <444455556666> but its launch permissions were "
            + "<[account:111122223333, organization:" + ORG + "]>");
    assertThatThrownBy(() -> assertThatSharing(List.of()).isSharedWithOrganization(ORG))
        .hasMessage("Expected image to be shared with organization <" + ORG + "> but its launch permissions were <[]>");
    assertThatThrownBy(() -> assertThatSharing(SHARED).isNotShared())
        .hasMessageStartingWith("Expected image not to be shared but its launch permissions were <[account:111122223333");
    assertThatThrownBy(() -> assertThatSharing(SHARED).isPublic())
        .hasMessageStartingWith("Expected image to be shared with everyone <all>");
  }
}
