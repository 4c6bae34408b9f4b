package io.ami4j.testkit.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole provider contract in one class: extend it, say how to make the backend's
 * {@link ContractEnvironment}, and every contract runs as a nested group against one environment.
 *
 * <pre>{@code
 * class FakeProviderContractTest extends AmiProviderContract {
 *   @Override
 *   protected ContractEnvironment createEnvironment() {
 *     return FakeEc2ContractEnvironment.of(FakeEc2.create());
 *   }
 * }
 * }</pre>
 *
 * <p>The environment is made once, when the first test needs it, and closed after the last one
 * when it is {@link AutoCloseable}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AmiProviderContract {
  private ContractEnvironment environment;

  /** For subclasses. */
  protected AmiProviderContract() {}

  /**
   * Makes the backend's environment; called once per subclass run.
   *
   * @return the environment
   */
  protected abstract ContractEnvironment createEnvironment();

  /** The environment, made on first use. */
  protected final synchronized ContractEnvironment environment() {
    if (environment == null) {
      environment = createEnvironment();
    }
    return environment;
  }

  /**
   * Closes the environment when it holds resources.
   *
   * @throws Exception what closing it threw
   */
  @AfterAll
  final synchronized void closeEnvironment() throws Exception {
    if (environment instanceof AutoCloseable closeable) {
      closeable.close();
    }
    environment = null;
  }

  /** {@link IdentityContract} on this backend. */
  @Nested
  @DisplayName("identity")
  class Identity extends IdentityContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }

  /** {@link ImagesContract} on this backend. */
  @Nested
  @DisplayName("images")
  class Images extends ImagesContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }

  /** {@link SnapshotsContract} on this backend. */
  @Nested
  @DisplayName("snapshots")
  class Snapshots extends SnapshotsContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }

  /** {@link SharingContract} on this backend. */
  @Nested
  @DisplayName("sharing")
  class Sharing extends SharingContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }

  /** {@link RetirementContract} on this backend. */
  @Nested
  @DisplayName("retirement")
  class Retirement extends RetirementContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }

  /** {@link InstancesContract} on this backend. */
  @Nested
  @DisplayName("instances")
  class Instances extends InstancesContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }

  /** {@link TagsContract} on this backend. */
  @Nested
  @DisplayName("tags")
  class Tags extends TagsContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }

  /** {@link SsmContract} on this backend. */
  @Nested
  @DisplayName("SSM public parameters")
  class Ssm extends SsmContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }

  /** {@link DryRunContract} on this backend. */
  @Nested
  @DisplayName("dry runs")
  class DryRuns extends DryRunContract {
    @Override
    protected ContractEnvironment environment() {
      return AmiProviderContract.this.environment();
    }
  }
}
