package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiNotFoundException;
import io.ami4j.model.AccountId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

  /** Only time: what Eventually uses. */
  private static final class TimeOnly implements ContractEnvironment {
    Instant now = Instant.parse("2026-11-27T10:00:00Z");
    int passes;

    @Override
    public void letTimePass(Duration duration) {
      now = now.plus(duration);
      passes++;
    }

    @Override
    public Duration pollInterval() {
      return Duration.ofSeconds(15);
    }

    @Override
    public Duration patience() {
      return Duration.ofMinutes(10);
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public AmiProvider owner() {
      throw new UnsupportedOperationException();
    }

    @Override
    public AccountId ownerAccount() {
      throw new UnsupportedOperationException();
    }

    @Override
    public AmiProvider other() {
      throw new UnsupportedOperationException();
    }

    @Override
    public AccountId otherAccount() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Region region() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Region otherRegion() {
      throw new UnsupportedOperationException();
    }

    @Override
    public SnapshotId newSnapshot(Region region, int sizeGiB) {
      throw new UnsupportedOperationException();
    }

    @Override
    public KmsKey kmsKeyInOtherRegion() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> paidProductCode() {
      return Optional.empty();
    }

    @Override
    public void subscribe(AccountId account, String productCode) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<OrganizationArn> otherAccountOrganization() {
      return Optional.empty();
    }

    @Override
    public Optional<OrganizationalUnitArn> otherAccountOrganizationalUnit() {
      return Optional.empty();
    }

    @Override
    public Optional<Region> recycleBinRegion() {
      return Optional.empty();
    }
  }

  @Test
  void returnsTheFirstValueThatIsDoneAndLetsTimePassBetweenPolls() {
    TimeOnly env = new TimeOnly();
    Instant ready = env.now.plus(Duration.ofMinutes(2));

    Instant seen = Eventually.of(env).until("ready", () -> env.now, t -> !t.isBefore(ready));

    assertThat(seen).isEqualTo(ready);
    assertThat(env.passes).isEqualTo(8);
  }

  @Test
  void doesNotLetTimePassWhenAlreadyDone() {
    TimeOnly env = new TimeOnly();

    assertThat(Eventually.of(env).until("at once", () -> "x", v -> true)).isEqualTo("x");
    assertThat(env.passes).isZero();
  }

  @Test
  void treatsNotFoundAsNotYet() {
    TimeOnly env = new TimeOnly();
    AtomicInteger calls = new AtomicInteger();

    String value = Eventually.of(env).until("listed", () -> {
      if (calls.incrementAndGet() < 3) {
        throw new AmiNotFoundException("InvalidAMIID.NotFound", "not yet", null);
      }
      return "found";
    }, v -> true);

    assertThat(value).isEqualTo("found");
    assertThat(env.passes).isEqualTo(2);
  }

  @Test
  void failsAfterPatienceNamingWhatWasAwaitedAndTheLastValue() {
    TimeOnly env = new TimeOnly();
    Instant start = env.now;

    assertThatThrownBy(() -> Eventually.of(env).until("image available", () -> "pending", v -> false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image available").hasMessageContaining("pending");
    assertThat(Duration.between(start, env.now)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void untilAssertedRetriesFailedAssertionsAndKeepsTheLastAsCause() {
    TimeOnly env = new TimeOnly();
    Instant ready = env.now.plus(Duration.ofMinutes(1));

    Eventually.of(env).untilAsserted("tags", () -> assertThat(env.now).isAfterOrEqualTo(ready));
    assertThat(env.passes).isEqualTo(4);

    assertThatThrownBy(() -> Eventually.of(env).untilAsserted("never", () -> assertThat(false).isTrue()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("never")
        .hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void otherErrorsEndTheWaitAtOnce() {
    TimeOnly env = new TimeOnly();

    assertThatThrownBy(() -> Eventually.of(env).until("x", () -> {
      throw new IllegalStateException("broken");
    }, v -> true)).isInstanceOf(IllegalStateException.class);
    assertThat(env.passes).isZero();
  }
}
