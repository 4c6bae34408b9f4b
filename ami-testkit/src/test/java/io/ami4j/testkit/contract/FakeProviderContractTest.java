package io.ami4j.testkit.contract;

import io.ami4j.testkit.FakeEc2;
import org.junit.jupiter.api.DisplayName;

/** The whole provider contract against the in-memory world, in process, on its virtual clock. */
@DisplayName("provider contract: in-memory world")
class FakeProviderContractTest extends AmiProviderContract {
  @Override
  protected ContractEnvironment createEnvironment() {
    return FakeEc2ContractEnvironment.of(FakeEc2.create());
  }
}
