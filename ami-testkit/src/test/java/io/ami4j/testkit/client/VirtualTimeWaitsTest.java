package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.AmiTimeoutException;
import io.ami4j.Pending;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every wait of the client is on the client's clock, and it is the wait that moves virtual time. */
@Timeout(60)
class VirtualTimeWaitsTest {
  private static final Region WEST = Region.of("eu-west-1");
  private static final Duration COPY = Duration.ofMinutes(15).plusSeconds(40);

  private final FakeEc2 world = FakeEc2.builder().timing(Timing.builder().copyImage(COPY).build()).build();
  private final AmiClient amis = world.clientBuilder().build();

  @AfterEach
  void close() {
    amis.close();
    world.close();
  }

  @Test
  void awaitWithADurationGivesUpAfterThatMuchVirtualTimeAndTheOperationGoesOn() {
    Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
    Pending<Map<Region, Image>> copy = amis.copy(base.id()).to(WEST).submit();
    Instant start = world.clock().instant();
    assertThatThrownBy(() -> copy.await(Duration.ofMinutes(5))).isInstanceOf(AmiTimeoutException.class)
        .hasMessageContaining("still running after PT5M");
    assertThat(world.clock().instant()).isEqualTo(start.plus(Duration.ofMinutes(5)));
    assertThat(copy.state()).isEqualTo(Pending.State.RUNNING);

    Image copied = copy.await().get(WEST);
    assertThat(world.clock().instant()).isAfterOrEqualTo(start.plus(COPY));
    assertThat(world.image(WEST, copied.id())).isPresent();
  }

  @Test
  void timeStandsStillBetweenSubmitAndAwait() throws Exception {
    Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
    Instant before = world.clock().instant();

    Pending<Map<Region, Image>> copy = amis.copy(base.id()).to(WEST).submit();
    world.scheduler().awaitIdle();

    // The copy was asked for (its first step ran on the scheduler) but nobody waits: no time passed.
    assertThat(world.clock().instant()).isEqualTo(before);
    assertThat(copy.state()).isEqualTo(Pending.State.RUNNING);
    copy.await();
    assertThat(world.clock().instant()).isAfterOrEqualTo(before.plus(COPY));
  }
}
