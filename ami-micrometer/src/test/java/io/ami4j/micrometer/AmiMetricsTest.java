package io.ami4j.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.ProgressEvent;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.LaunchedInstance;
import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.testkit.junit.AmiTest;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.tck.MeterRegistryAssert;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

@AmiTest
class AmiMetricsTest {
  private static final Tag EAST = Tag.of("region", "us-east-1");
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @Test
  void everyCallIsTimedByActionAndRegion(FakeEc2 world) {
    try (AmiClient amis = AmiMetrics.of(meters).instrument(world.clientBuilder()).build()) {
      amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
    }

    MeterRegistryAssert.assertThat(meters)
        .hasTimerWithNameAndTags(AmiMetrics.CALLS, Tags.of(EAST, Tag.of("action", "GetParameter"),
            Tag.of("outcome", "success"), Tag.of("error.code", "none"), Tag.of("dry.run", "false")))
        .hasTimerWithNameAndTags(AmiMetrics.CALLS, Tags.of(EAST, Tag.of("action", "DescribeImages")))
        .doesNotHaveMeterWithName(AmiMetrics.THROTTLED)
        .doesNotHaveMeterWithName(AmiMetrics.RETRIES);
    assertThat(meters.get(AmiMetrics.CALLS).tags("action", "GetParameter").timer().count()).isEqualTo(1);
  }

  @Test
  void aThrottledAnswerIsCountedAndItsRetryIsTheSecondAttempt(FakeEc2 world) {
    FaultingProvider faulty = FaultingProvider.wrap(world.provider(), FaultPlan.none(), world.clock())
        .failNext(Ec2Action.GET_PARAMETER, FaultKind.THROTTLING);
    TestObservationRegistry observations = TestObservationRegistry.create();
    try (AmiClient amis = AmiMetrics.of(meters, observations).instrument(world.clientBuilder().provider(faulty))
        .build()) {
      amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
    }

    assertThat(meters.get(AmiMetrics.THROTTLED).tags("action", "GetParameter", "region", "us-east-1").counter()
        .count()).isEqualTo(1);
    assertThat(meters.get(AmiMetrics.RETRIES).tags("action", "GetParameter").counter().count()).isEqualTo(1);
    assertThat(meters.get(AmiMetrics.CALLS).tags("action", "GetParameter", "outcome", "error",
        "error.code", "RequestLimitExceeded").timer().count()).isEqualTo(1);
    assertThat(meters.get(AmiMetrics.CALLS).tags("action", "GetParameter", "outcome", "success").timer().count())
        .isEqualTo(1);

    TestObservationRegistryAssert.assertThat(observations)
        .hasNumberOfObservationsWithNameEqualTo(AmiMetrics.OBSERVATION, 3)
        .hasAnObservation(o -> o.hasLowCardinalityKeyValue("action", "GetParameter")
            .hasHighCardinalityKeyValue("attempt", "1").hasError())
        .hasAnObservation(o -> o.hasLowCardinalityKeyValue("action", "GetParameter")
            .hasHighCardinalityKeyValue("attempt", "2").doesNotHaveError())
        .hasAnObservation(o -> o.hasLowCardinalityKeyValue("action", "DescribeImages")
            .hasLowCardinalityKeyValue("region", "us-east-1").doesNotHaveError());
  }

  @Test
  void waitsAreTimedOnTheClientsClockByOperationAndState(FakeEc2 world) {
    List<ProgressEvent> events = new CopyOnWriteArrayList<>();
    List<LaunchedInstance> launched;
    try (AmiClient amis = AmiMetrics.of(meters).instrument(world.clientBuilder()).listener(events::add).build()) {
      Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
      launched = amis.launch(base.id()).count(2).submit().await();
    }

    assertThat(launched).hasSize(2);
    assertThat(events).isNotEmpty();
    ProgressEvent last = events.get(events.size() - 1);
    assertThat(last.elapsed()).isPositive();
    // The world's virtual time: the timer holds what the operation's own events said, not wall time.
    assertThat(meters.get(AmiMetrics.WAITS).tags("operation", last.operation(), "state", last.state()).timer()
        .max(java.util.concurrent.TimeUnit.NANOSECONDS)).isEqualTo(last.elapsed().toNanos());
    long sameState = events.stream().filter(e -> e.operation().equals(last.operation())
        && e.state().equals(last.state())).count();
    assertThat(meters.get(AmiMetrics.WAITS).tags("operation", last.operation(), "state", last.state()).timer()
        .count()).isEqualTo(sameState);
    assertThat(meters.get(AmiMetrics.CALLS).tags("action", "DescribeInstances").timers()).isNotEmpty();
    assertThat(Duration.ofNanos((long) meters.get(AmiMetrics.CALLS).tags("action", "RunInstances").timer()
        .totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))).isZero();
  }
}
