package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.Region;
import io.ami4j.spi.ProviderDiscovery;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AmiClientTest {
  private final ManualClock clock = ManualClock.atDefaultStart();

  @Test
  void closesNeitherAProviderNorASchedulerItWasGiven() {
    ScriptedProvider provider = ScriptedProvider.create(clock);
    ManualScheduler scheduler = new ManualScheduler(clock);
    AmiClient c = AmiClient.builder().provider(provider).region(Region.of("eu-west-1")).scheduler(scheduler)
        .clock(clock).build();
    assertThat(c.region()).isEqualTo(Region.of("eu-west-1"));
    assertThat(c.provider()).isSameAs(provider);
    c.close();
    assertThat(provider.closed()).isFalse();
    assertThat(scheduler.isShutdown()).isFalse();
  }

  @Test
  void closingEndsRunningOperationsAndStopsTheirPolls() {
    ScriptedProvider provider = ScriptedProvider.create(clock);
    ManualScheduler scheduler = new ManualScheduler(clock);
    java.util.List<io.ami4j.model.ImageId> ids = java.util.List.of(io.ami4j.doubles.Images.id(1));
    provider.always(io.ami4j.spi.Ec2Action.DESCRIBE_IMAGES, inv -> io.ami4j.spi.Page.last(java.util.List.of(
        io.ami4j.doubles.Images.image(ids.get(0), "x", io.ami4j.model.ImageState.PENDING, clock.instant()).build())));
    AmiClient c = AmiClient.builder().provider(provider).region(Region.of("us-east-1")).scheduler(scheduler)
        .clock(clock).build();
    Pending<java.util.List<io.ami4j.model.Image>> p = c.images().awaitAvailable(ids).submit();
    scheduler.advance(Duration.ofMinutes(1));
    long polls = provider.count(io.ami4j.spi.Ec2Action.DESCRIBE_IMAGES);
    assertThat(polls).isPositive();

    c.close();

    assertThat(p.state()).isEqualTo(Pending.State.FAILED);
    assertThatThrownBy(p::await).isInstanceOf(AmiException.class).hasMessageContaining("closed");
    scheduler.advance(Duration.ofHours(1));
    assertThat(provider.count(io.ami4j.spi.Ec2Action.DESCRIBE_IMAGES)).isEqualTo(polls);
  }

  @Test
  void aProviderGivenToTheBuilderWinsOverAnyProviderId() {
    ScriptedProvider provider = ScriptedProvider.create(clock);
    try (AmiClient c = AmiClient.builder().providerId("aws").provider(provider).region(Region.of("us-east-1")).build()) {
      assertThat(c.provider()).isSameAs(provider);
    }
  }

  @Test
  void anUnknownProviderIdIsAClearError() {
    assertThatThrownBy(() -> AmiClient.builder().providerId("nope").region(Region.of("us-east-1")).build())
        .isInstanceOfSatisfying(AmiException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ProviderDiscovery.CODE);
          assertThat(e.getMessage()).contains("nope");
        });
  }

  @Test
  void policiesAreValidatedWhereTheyAreSet() {
    assertThatThrownBy(() -> AmiClient.builder().waitPolicy(w -> w.timeout(Duration.ZERO)))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> AmiClient.builder().retryPolicy(r -> r.maxAttempts(0)))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("maxAttempts");
    WaitPolicy hours = WaitPolicy.builder().timeout(Duration.ofHours(6)).build();
    assertThat(hours.timeout()).isEqualTo(Duration.ofHours(6));
    assertThat(WaitPolicy.defaults().timeout()).isEqualTo(Duration.ofMinutes(45));
    assertThat(WaitPolicy.defaults().maxInterval()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void everyVerbStartsAFreshSpecFromTheSameClient() {
    ScriptedProvider provider = ScriptedProvider.create(clock);
    try (AmiClient c = AmiClient.builder().provider(provider).region(Region.of("us-east-1")).build()) {
      assertThat(c.images()).isNotSameAs(c.images());
      assertThat(c.create()).isNotSameAs(c.create());
      assertThat(c.toString()).contains("scripted").contains("us-east-1");
    }
  }
}
