package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.testkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BuildersTest {
  @Test
  void timingDefaultsAndRefusals() {
    Timing t = Timing.defaults();
    assertThat(t.createImage()).isEqualTo(Duration.ofMinutes(5));
    assertThat(t.registerImage()).isEqualTo(Duration.ofMinutes(1));
    assertThat(t.copyImage()).isEqualTo(Duration.ofMinutes(15));
    assertThat(t.instancePending()).isEqualTo(Duration.ofSeconds(30));
    assertThat(t.deregisteredVisible()).isEqualTo(Duration.ofMinutes(10));
    assertThat(t.userDataRunTime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(Timing.builder().copyImage(Duration.ofMinutes(1)).build().copyImage()).isEqualTo(Duration.ofMinutes(1));
    assertThatThrownBy(() -> Timing.builder().copyImage(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void worldRunsOnTheClockItIsGiven() {
    VirtualClock clock = VirtualClock.startingAt(Instant.parse("2031-05-01T00:00:00Z"));
    FakeEc2 world = FakeEc2.builder().clock(clock).build();
    assertThat(world.clock()).isSameAs(clock);
    assertThat(world.allImages(WorldFixture.US_EAST_1)).allMatch(i -> i.creationDate().isBefore(clock.instant()))
        .anyMatch(i -> i.name().contains("2031"));
    assertThatThrownBy(() -> FakeEc2.builder().regions()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOuMustBelongToItsOrganization() {
    FakeEc2 world = FakeEc2.builder().seedCatalog(false).build();
    assertThatThrownBy(() -> world.joinOrganization(WorldFixture.ACCOUNT_B,
        OrganizationArn.of("arn:aws:organizations::111111111111:organization/o-exampleorg1"),
        OrganizationalUnitArn.of("arn:aws:organizations::111111111111:ou/o-otherorg222/ou-ab12-cdef5678")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> world.recycleBinRetention(WorldFixture.ACCOUNT_B, WorldFixture.US_EAST_1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
