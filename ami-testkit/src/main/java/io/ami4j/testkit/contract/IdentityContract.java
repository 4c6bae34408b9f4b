package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who a provider acts for: each provider reports its own account, and its id. */
public abstract class IdentityContract extends ContractSupport {
  /** For subclasses. */
  protected IdentityContract() {}

  @Test
  @DisplayName("each provider reports the account it serves")
  void callerAccount() {
    assertThat(owner().callerAccount(call())).isEqualTo(environment().ownerAccount());
    assertThat(other().callerAccount(call())).isEqualTo(environment().otherAccount());
    assertThat(environment().otherAccount()).isNotEqualTo(environment().ownerAccount());
    assertThat(owner().callerAccount(otherRegionCall()))
        .as("the account in another region").isEqualTo(environment().ownerAccount());
  }

  @Test
  @DisplayName("a provider has a non-blank id, the one its factory is discovered by")
  void providerId() {
    assertThat(owner().id()).isNotBlank().matches("[a-z0-9-]+");
    assertThat(other().id()).isEqualTo(owner().id());
  }
}
