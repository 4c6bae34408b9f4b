package io.ami4j.internal.wait;

import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiStateException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.WaitPolicy;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.call.Paging;
import io.ami4j.internal.pending.Progress;
import io.ami4j.model.Filter;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.Region;
import io.ami4j.model.WireValue;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Awaits a state of instances launched together — {@code running} after a launch, {@code stopped}
 * after a bake's user data powered the instance off — one DescribeInstances call per poll (an
 * {@code instance-id} filter, so that ids not yet visible do not fail the call), at growing
 * intervals, within the deadline. An instance that shuts down or terminates fails the wait with
 * its state reason.
 */
public final class InstanceWaiter {
  private static final Logger LOG = LoggerFactory.getLogger(InstanceWaiter.class);
  private final Region region;
  private final AmiProvider provider;
  private final CallRunner runner;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final WaitPolicy policy;

  /**
   * Creates the waiter.
   *
   * @param region the region
   * @param provider the backend
   * @param runner the call runner
   * @param scheduler where polls are scheduled
   * @param clock the time source
   * @param policy intervals and grace
   */
  public InstanceWaiter(Region region, AmiProvider provider, CallRunner runner, ScheduledExecutorService scheduler,
      Clock clock, WaitPolicy policy) {
    this.region = region;
    this.provider = provider;
    this.runner = runner;
    this.scheduler = scheduler;
    this.clock = clock;
    this.policy = policy;
  }

  /**
   * Awaits all instances running.
   *
   * @param ids the instances
   * @param progress the operation's progress
   * @param deadline when to give up
   * @return the running instances, in the order of {@code ids}
   */
  public CompletableFuture<List<Instance>> awaitRunning(List<InstanceId> ids, Progress progress, Instant deadline) {
    return await(new Target("RunInstances", EnumSet.of(InstanceState.RUNNING), "running"), ids, progress, deadline);
  }

  /**
   * Awaits all instances {@code stopped}: an instance whose user data ends by powering it off.
   * {@code pending}, {@code running} and {@code stopping} mean "not yet"; shutting down or
   * terminating fails the wait.
   *
   * @param ids the instances
   * @param operation what is awaited, for messages, e.g. {@code Bake customization}
   * @param progress the operation's progress
   * @param deadline when to give up
   * @return the stopped instances, in the order of {@code ids}
   */
  public CompletableFuture<List<Instance>> awaitStopped(List<InstanceId> ids, String operation, Progress progress,
      Instant deadline) {
    return await(new Target(operation, EnumSet.of(InstanceState.STOPPED), "stopped"), ids, progress, deadline);
  }

  /**
   * Awaits all instances started: {@code running}, or already past it ({@code stopping},
   * {@code stopped}) when their user data is quicker than a poll.
   *
   * @param ids the instances
   * @param operation what is awaited, for messages
   * @param progress the operation's progress
   * @param deadline when to give up
   * @return the started instances, in the order of {@code ids}
   */
  public CompletableFuture<List<Instance>> awaitStarted(List<InstanceId> ids, String operation, Progress progress,
      Instant deadline) {
    return await(new Target(operation,
        EnumSet.of(InstanceState.RUNNING, InstanceState.STOPPING, InstanceState.STOPPED), "started"),
        ids, progress, deadline);
  }

  private CompletableFuture<List<Instance>> await(Target target, List<InstanceId> ids, Progress progress,
      Instant deadline) {
    CompletableFuture<List<Instance>> done = new CompletableFuture<>();
    Instant started = clock.instant();
    Map<InstanceId, InstanceState> last = new HashMap<>();
    poll(target, ids, progress, deadline, started, policy.initialInterval(), last, done);
    return done;
  }

  /** The states that end a wait, and how to name the wait in messages. */
  private static final class Target {
    final String operation;
    final Set<InstanceState> states;
    final String word;

    Target(String operation, Set<InstanceState> states, String word) {
      this.operation = operation;
      this.states = states;
      this.word = word;
    }
  }

  private void poll(Target target, List<InstanceId> ids, Progress progress, Instant deadline, Instant started,
      Duration interval, Map<InstanceId, InstanceState> last, CompletableFuture<List<Instance>> done) {
    if (done.isDone()) {
      return;
    }
    long delay = Math.max(0, Math.min(interval.toNanos(), Duration.between(clock.instant(), deadline).toNanos()));
    scheduler.schedule(() -> next(target, ids, progress, deadline, started, interval, last, done), delay,
        TimeUnit.NANOSECONDS);
  }

  private void next(Target target, List<InstanceId> ids, Progress progress, Instant deadline, Instant started,
      Duration interval, Map<InstanceId, InstanceState> last, CompletableFuture<List<Instance>> done) {
    if (done.isDone()) {
      return;
    }
    describe(ids, deadline).whenComplete((found, failure) -> {
      if (done.isDone()) {
        return;
      }
      Instant now = clock.instant();
      if (failure != null) {
        Throwable t = CallRunner.unwrap(failure);
        PollFailure verdict = PollFailure.of(t);
        boolean young = Duration.between(started, now).compareTo(policy.notFoundGrace()) <= 0;
        if ((verdict == PollFailure.NOT_VISIBLE_YET && young || verdict == PollFailure.POLL_AGAIN)
            && now.isBefore(deadline)) {
          if (verdict == PollFailure.POLL_AGAIN) {
            LOG.warn("{}: polling {} failed, will poll again: {}", target.operation, ids, t.getMessage());
          }
          poll(target, ids, progress, deadline, started, ImageWatch.grow(interval, policy), last, done);
        } else {
          done.completeExceptionally(t);
        }
        return;
      }
      Map<InstanceId, Instance> byId = found.stream().collect(Collectors.toMap(Instance::id, i -> i, (a, b) -> a));
      for (InstanceId id : ids) {
        Instance i = byId.get(id);
        if (i == null) {
          if (Duration.between(started, now).compareTo(policy.notFoundGrace()) > 0) {
            done.completeExceptionally(new AmiNotFoundException("InvalidInstanceID.NotFound",
                target.operation + ": instance " + id + " is still not visible after " + policy.notFoundGrace(), null));
            return;
          }
          continue;
        }
        if (i.state() != last.get(id)) {
          last.put(id, i.state());
          // A state ami4j does not know keeps the wait waiting (it counts as live), shown as EC2 wrote it.
          progress.report(id.value(), WireValue.text(i.state(), i.unknownValues(), "state"), i.instanceType()
              + i.stateReason().map(r -> " (" + r + ")").orElse(""));
        }
        if (!i.state().isLive()) {
          done.completeExceptionally(new AmiStateException(
              i.stateReason().map(r -> r.code()).orElse("ami4j.InstanceTerminated"),
              target.operation + ": instance " + id + " is " + i.state().wireValue() + " instead of " + target.word
                  + i.stateReason().map(r -> ": " + r).orElse(""), null));
          return;
        }
      }
      boolean reached = ids.stream().allMatch(id -> byId.containsKey(id)
          && target.states.contains(byId.get(id).state()));
      if (reached) {
        done.complete(ids.stream().map(byId::get).collect(Collectors.toList()));
      } else if (!now.isBefore(deadline)) {
        Duration waited = Duration.between(started, now);
        done.completeExceptionally(new AmiTimeoutException(target.operation + ": instances " + ids
            + " not all " + target.word + " after " + waited + " (last seen: " + last + ")", waited));
      } else {
        poll(target, ids, progress, deadline, started, ImageWatch.grow(interval, policy), last, done);
      }
    });
  }

  /** Every awaited instance, in {@code instance-id} filters of at most {@value ImagePoller#BATCH} values (EC2's limit). */
  private CompletableFuture<List<Instance>> describe(List<InstanceId> ids, Instant deadline) {
    List<CompletableFuture<List<Instance>>> batches = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += ImagePoller.BATCH) {
      InstanceQuery q = InstanceQuery.builder().addFilters(Filter.of("instance-id",
          ids.subList(i, Math.min(ids.size(), i + ImagePoller.BATCH)).stream().map(InstanceId::value)
              .collect(Collectors.toList()))).build();
      batches.add(pages(q, PageRequest.ofSize(1000), deadline));
    }
    return CompletableFuture.allOf(batches.toArray(new CompletableFuture<?>[0])).thenApply(v -> {
      List<Instance> all = new ArrayList<>();
      batches.forEach(b -> all.addAll(b.join()));
      return all;
    });
  }

  private CompletableFuture<List<Instance>> pages(InstanceQuery q, PageRequest first, Instant deadline) {
    return Paging.allAsync("DescribeInstances", first,
        page -> runner.call(region, Ec2Action.DESCRIBE_INSTANCES, deadline, c -> provider.describeInstances(c, q, page)));
  }
}
