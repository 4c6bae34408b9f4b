package io.ami4j.internal.wait;

import io.ami4j.AmiBackendException;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiStateException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.ProgressEvent;
import io.ami4j.RetryPolicy;
import io.ami4j.WaitPolicy;
import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.throttle.Throttle;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.Region;
import io.ami4j.model.StateReason;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The instance waits of a bake: started (running or already past it) and stopped. */
class InstanceWaiterTest {
  private static final Region R = Region.of("us-east-1");
  private static final InstanceId ID = InstanceId.of("i-0123456789abcdef0");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final ScriptedProvider provider = ScriptedProvider.create(clock);
  private final List<ProgressEvent> events = new CopyOnWriteArrayList<>();
  private final Progress progress = new Progress("Bake:CUSTOMIZE", clock, List.of(events::add));
  /** The instance's states over time. */
  private final NavigableMap<Instant, InstanceState> timeline = new TreeMap<>();

  InstanceWaiterTest() {
    provider.always(Ec2Action.DESCRIBE_INSTANCES, inv -> {
      InstanceState s = timeline.floorEntry(clock.instant()).getValue();
      Instance.Builder b = Instance.builder().id(ID).imageId(ImageId.of("ami-0123456789abcdef0")).state(s)
          .instanceType("t3.micro").launchTime(Instant.parse("2026-11-27T00:00:00Z"));
      if (s == InstanceState.STOPPED) {
        b.stateReason(StateReason.of("Client.InstanceInitiatedShutdown", "Instance initiated shutdown"));
      }
      return Page.of(List.of(b.build()), null);
    });
  }

  private InstanceWaiter waiter() {
    CallRunner runner = new CallRunner(new Throttle(RateLimits.ec2Defaults(), clock, scheduler), scheduler, clock,
        RetryPolicy.builder().seed(1).build());
    return new InstanceWaiter(R, provider, runner, scheduler, clock, WaitPolicy.defaults());
  }

  private void at(Duration after, InstanceState state) {
    timeline.put(clock.instant().plus(after), state);
  }

  private static Throwable failure(CompletableFuture<?> f) {
    try {
      f.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void awaitsStoppedThroughRunningAndStopping() {
    at(Duration.ZERO, InstanceState.PENDING);
    at(Duration.ofSeconds(30), InstanceState.RUNNING);
    at(Duration.ofMinutes(5), InstanceState.STOPPING);
    at(Duration.ofMinutes(6), InstanceState.STOPPED);

    CompletableFuture<List<Instance>> f = scheduler.drive(waiter().awaitStopped(List.of(ID), "Bake customization",
        progress, clock.instant().plus(Duration.ofHours(1))));

    assertThat(f).isCompletedWithValueMatching(l -> l.get(0).state() == InstanceState.STOPPED);
    List<String> seen = new ArrayList<>();
    events.forEach(e -> seen.add(e.state()));
    assertThat(seen).containsExactly("pending", "running", "stopping", "stopped");
  }

  @Test
  void startedAcceptsAnInstanceAlreadyPastRunning() {
    at(Duration.ZERO, InstanceState.STOPPED);

    CompletableFuture<List<Instance>> f = scheduler.drive(waiter().awaitStarted(List.of(ID), "Bake launch", progress,
        clock.instant().plus(Duration.ofHours(1))));

    assertThat(f).isCompletedWithValueMatching(l -> l.get(0).state() == InstanceState.STOPPED);
  }

  @Test
  void anInstanceThatNeverStopsTimesOutAtTheDeadline() {
    at(Duration.ZERO, InstanceState.RUNNING);
    Instant deadline = clock.instant().plus(Duration.ofMinutes(20));

    CompletableFuture<List<Instance>> f = scheduler.drive(waiter().awaitStopped(List.of(ID), "Bake customization",
        progress, deadline));

    assertThat(failure(f)).isInstanceOf(AmiTimeoutException.class).hasMessageContaining("Bake customization")
        .hasMessageContaining("not all stopped");
    assertThat(clock.instant()).isEqualTo(deadline);
  }

  @Test
  void aPollThatFailsTransientlyAfterItsRetriesIsAskedAgainLikeAnImagePoll() {
    at(Duration.ZERO, InstanceState.PENDING);
    at(Duration.ofSeconds(30), InstanceState.RUNNING);
    // More 503s in a row than the call runner retries: the poll as a whole fails once.
    for (int i = 0; i < 10; i++) {
      provider.once(Ec2Action.DESCRIBE_INSTANCES, ScriptedProvider.fail(new AmiBackendException("Unavailable",
          "Service Unavailable", null)));
    }

    CompletableFuture<List<Instance>> f = scheduler.drive(waiter().awaitStarted(List.of(ID), "Bake launch", progress,
        clock.instant().plus(Duration.ofHours(1))));

    assertThat(f).isCompletedWithValueMatching(l -> l.get(0).state() == InstanceState.RUNNING);
  }

  @Test
  void aTerminatedInstanceFailsTheWaitWithItsReason() {
    at(Duration.ZERO, InstanceState.RUNNING);
    at(Duration.ofMinutes(2), InstanceState.TERMINATED);

    CompletableFuture<List<Instance>> f = scheduler.drive(waiter().awaitStopped(List.of(ID), "Bake customization",
        progress, clock.instant().plus(Duration.ofHours(1))));

    assertThat(failure(f)).isInstanceOf(AmiStateException.class).hasMessageContaining("terminated instead of stopped");
  }

  @Test
  void moreThanTwoHundredInstancesAreAskedForInFiltersOfTwoHundred() {
    List<InstanceId> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 450; i++) {
      ids.add(InstanceId.of(String.format("i-%017x", i)));
    }
    provider.always(Ec2Action.DESCRIBE_INSTANCES, inv -> {
      InstanceQuery q = inv.arg(0);
      List<String> asked = q.filters().get(0).values();
      if (asked.size() > ImagePoller.BATCH) {
        throw io.ami4j.AmiValidationException.answered("InvalidParameterValue", "too many filter values", null);
      }
      return Page.of(asked.stream().map(v -> Instance.builder().id(InstanceId.of(v))
          .imageId(ImageId.of("ami-0123456789abcdef0")).state(InstanceState.RUNNING).instanceType("t3.micro")
          .launchTime(clock.instant()).build()).collect(java.util.stream.Collectors.toList()), null);
    });

    CompletableFuture<List<Instance>> w = waiter().awaitRunning(ids, progress, clock.instant().plus(Duration.ofHours(1)));

    assertThat(scheduler.drive(w)).isCompletedWithValueMatching(l -> l.size() == 450);
    assertThat(provider.calls(Ec2Action.DESCRIBE_INSTANCES)).hasSize(3);
  }
}
