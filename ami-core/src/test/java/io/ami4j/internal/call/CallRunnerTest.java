package io.ami4j.internal.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiBackendException;
import io.ami4j.AmiDryRunException;
import io.ami4j.AmiException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.AmiThrottledException;
import io.ami4j.AmiValidationException;
import io.ami4j.DryRunResult;
import io.ami4j.RetryPolicy;
import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.internal.throttle.AdaptiveBucket;
import io.ami4j.internal.throttle.Throttle;
import io.ami4j.internal.throttle.ThrottleFeedback;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.ImageId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CallChain;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallRunnerTest {
  private static final Region R = Region.of("us-east-1");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);

  private CallRunner runner(RetryPolicy policy, RateLimits limits) {
    return new CallRunner(new Throttle(limits, clock, scheduler), scheduler, clock, policy);
  }

  private CallRunner runner(RetryPolicy policy) {
    return runner(policy, RateLimits.unlimited());
  }

  @Test
  void retriesRetryableFailuresOnTheSchedulerUntilTheyPass() {
    CallRunner r = runner(RetryPolicy.builder().seed(7).build());
    List<Instant> attempts = new ArrayList<>();
    CompletableFuture<String> f = r.call(R, Ec2Action.DESCRIBE_IMAGES, c -> {
      attempts.add(clock.instant());
      if (attempts.size() < 3) {
        throw new AmiBackendException("Unavailable", "try later", "req-1");
      }
      return "ok";
    });

    // Nothing runs on the caller's thread: the first attempt is handed to the scheduler.
    assertThat(attempts).isEmpty();
    scheduler.runDue();
    // The first attempt failed; the retry waits on the scheduler, no thread sleeps.
    assertThat(f).isNotDone();
    assertThat(attempts).hasSize(1);
    assertThat(scheduler.pending()).isEqualTo(1);

    assertThat(scheduler.drive(f)).isCompletedWithValue("ok");
    assertThat(attempts).hasSize(3);
    assertThat(attempts.get(1)).isAfter(attempts.get(0));
    assertThat(attempts.get(2)).isAfter(attempts.get(1));
  }

  @Test
  void backoffIsExponentialWithFullJitterAndACap() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(8).baseDelay(Duration.ofMillis(100))
        .maxDelay(Duration.ofSeconds(1)).seed(42).build();
    CallRunner r = runner(policy);
    List<Instant> attempts = new ArrayList<>();
    CompletableFuture<String> f = r.call(R, Ec2Action.DESCRIBE_IMAGES, c -> {
      attempts.add(clock.instant());
      throw new AmiThrottledException("RequestLimitExceeded", "slow down", null);
    });
    scheduler.drive(f);

    assertThat(f).isCompletedExceptionally();
    assertThat(attempts).hasSize(8);
    for (int n = 1; n < attempts.size(); n++) {
      long waited = Duration.between(attempts.get(n - 1), attempts.get(n)).toMillis();
      long ceiling = Math.min(1000, 100L << (n - 1));
      assertThat(waited).as("delay before retry %d", n).isBetween(1L, ceiling);
    }
  }

  @Test
  void failsAtOnceOnErrorsThatAreNotRetryable() {
    CallRunner r = runner(RetryPolicy.defaults());
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> f = r.call(R, Ec2Action.CREATE_IMAGE, c -> {
      attempts.incrementAndGet();
      throw AmiValidationException.answered("InvalidParameterValue", "bad name", "req-2");
    });
    scheduler.runDue();

    assertThat(f).isCompletedExceptionally();
    assertThat(attempts).hasValue(1);
    assertThat(scheduler.pending()).isZero();
    assertThatThrownBy(() -> ManualScheduler.joined(f)).isInstanceOf(AmiValidationException.class)
        .hasMessageContaining("bad name");
  }

  @Test
  void stopsRetryingAtTheDeadline() {
    CallRunner r = runner(RetryPolicy.builder().maxAttempts(100).baseDelay(Duration.ofSeconds(1))
        .maxDelay(Duration.ofSeconds(10)).seed(1).build());
    Instant deadline = clock.instant().plusSeconds(30);
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> f = r.call(R, Ec2Action.DESCRIBE_IMAGES, deadline, c -> {
      attempts.incrementAndGet();
      throw new AmiBackendException("InternalError", "boom", null);
    });
    scheduler.drive(f);

    assertThatThrownBy(() -> ManualScheduler.joined(f)).isInstanceOf(AmiBackendException.class);
    assertThat(attempts.get()).isLessThan(100);
    assertThat(clock.instant()).isBetween(deadline, deadline.plusSeconds(10));
  }

  @Test
  void aSpentRetryBudgetStopsFurtherRetries() {
    // 10 tokens: two retries at 5 tokens each, then no more, whichever call needs them.
    CallRunner r = runner(RetryPolicy.builder().budget(10).maxAttempts(10).seed(3).build());
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<Object> first = r.call(R, Ec2Action.DESCRIBE_IMAGES, c -> {
      attempts.incrementAndGet();
      throw new AmiBackendException("Unavailable", "down", null);
    });
    scheduler.drive(first);
    assertThat(attempts).hasValue(3);

    AtomicInteger later = new AtomicInteger();
    CompletableFuture<Object> second = r.call(R, Ec2Action.DESCRIBE_IMAGES, c -> {
      later.incrementAndGet();
      throw new AmiBackendException("Unavailable", "down", null);
    });
    scheduler.drive(second);
    assertThat(later).hasValue(1);
    assertThat(r.budget().remaining()).isZero();
  }

  @Test
  void compensatingCallsAreRetriedWhenTheBudgetIsSpent() {
    CallRunner r = runner(RetryPolicy.builder().budget(5).maxAttempts(6).seed(3).build());
    CompletableFuture<Object> spent = r.call(R, Ec2Action.DESCRIBE_IMAGES, c -> {
      throw new AmiBackendException("Unavailable", "down", null);
    });
    scheduler.drive(spent);
    assertThat(r.budget().remaining()).isZero();

    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> terminate = r.compensation().call(R, Ec2Action.TERMINATE_INSTANCES, c -> {
      if (attempts.incrementAndGet() < 5) {
        throw new AmiBackendException("InternalError", "try again", null);
      }
      return "terminated";
    });
    scheduler.drive(terminate);

    assertThat(terminate).isCompletedWithValue("terminated");
    assertThat(attempts).hasValue(5);
    // A success does not use the exemption up.
    CompletableFuture<String> again = r.compensation().call(R, Ec2Action.TERMINATE_INSTANCES, c -> {
      if (attempts.incrementAndGet() < 8) {
        throw new AmiBackendException("InternalError", "try again", null);
      }
      return "terminated";
    });
    scheduler.drive(again);
    assertThat(again).isCompletedWithValue("terminated");
    // Same buckets, same attempts limit: the exemption is from the budget only.
    assertThat(r.compensation().throttle()).isSameAs(r.throttle());
    AtomicInteger hopeless = new AtomicInteger();
    CompletableFuture<Object> never = r.compensation().call(R, Ec2Action.TERMINATE_INSTANCES, c -> {
      hopeless.incrementAndGet();
      throw new AmiBackendException("InternalError", "down", null);
    });
    scheduler.drive(never);
    assertThat(hopeless).hasValue(6);
    assertThat(r.budget().remaining()).as("the client's budget is untouched").isZero();
  }

  @Test
  void successesRefillTheRetryBudget() {
    CallRunner r = runner(RetryPolicy.builder().budget(10).seed(3).build());
    assertThat(r.budget().tryRetry()).isTrue();
    assertThat(r.budget().remaining()).isEqualTo(5);
    for (int i = 0; i < 3; i++) {
      scheduler.drive(r.call(R, Ec2Action.DESCRIBE_IMAGES, c -> "ok"));
    }
    assertThat(r.budget().remaining()).isEqualTo(8);
  }

  @Test
  void aThrottledAnswerSlowsTheBucketDown() {
    CallRunner r = runner(RetryPolicy.builder().seed(5).build(), RateLimits.ec2Defaults());
    // The feedback is the pacing's interceptor in the client's call chain, keyed by the method's mark.
    ScriptedProvider backend = ScriptedProvider.create(clock)
        .once(Ec2Action.MODIFY_IMAGE_ATTRIBUTE, ScriptedProvider.fail(
            new AmiThrottledException("RequestLimitExceeded", "Request limit exceeded.", null)))
        .always(Ec2Action.MODIFY_IMAGE_ATTRIBUTE, inv -> null);
    AmiProvider provider = CallChain.of(new ThrottleFeedback(r.throttle())).clock(clock).around(backend);
    CompletableFuture<String> f = r.call(R, Ec2Action.MODIFY_IMAGE_ATTRIBUTE, c -> {
      provider.modifyImageDescription(c, ImageId.of("ami-0123456789abcdef0"), "d");
      return "ok";
    });
    scheduler.drive(f);
    assertThat(f).isCompletedWithValue("ok");
    assertThat(backend.calls()).extracting(inv -> inv.call.attempt()).containsExactly(1, 2);
    // One throttled answer is one congestion event: the client's rate for that bucket is halved once
    // (5 per second), and has climbed back a little by the time the retry was answered; other
    // buckets keep theirs.
    AdaptiveBucket slowed = r.throttle().bucket(R, Ec2Action.MODIFY_IMAGE_ATTRIBUTE);
    assertThat(slowed.control().events()).isEqualTo(1);
    assertThat(slowed.currentRate()).isBetween(2.5, 4.0);
    assertThat(r.throttle().bucket(R, Ec2Action.DESCRIBE_IMAGES).currentRate()).isEqualTo(20.0);
  }

  @Test
  void aDryRunThatWouldSucceedIsAllowedAndARefusalCarriesTheBackendsReason() {
    CallRunner r = runner(RetryPolicy.defaults());
    DryRunResult ok = ManualScheduler.joined(scheduler.drive(r.dryRun(R, Ec2Action.CREATE_IMAGE, c -> {
      assertThat(c.dryRun()).isTrue();
      throw new AmiDryRunException("DryRunOperation", "Request would have succeeded", null);
    })));
    assertThat(ok.allowed()).isTrue();

    DryRunResult no = ManualScheduler.joined(scheduler.drive(r.dryRun(R, Ec2Action.CREATE_IMAGE, c -> {
      throw new AmiPermissionDeniedException("UnauthorizedOperation", "You are not authorized", "req-9");
    })));
    assertThat(no.allowed()).isFalse();
    assertThat(no.errorCode()).contains("UnauthorizedOperation");
    assertThat(no.reason()).contains("You are not authorized");
  }

  @Test
  void aDryRunThatCannotReachTheBackendThrowsInsteadOfAnsweringRefused() {
    CallRunner r = runner(RetryPolicy.builder().maxAttempts(3).seed(7).build());
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<DryRunResult> outage = r.dryRun(R, Ec2Action.CREATE_IMAGE, c -> {
      attempts.incrementAndGet();
      throw new AmiBackendException("Unavailable", "Service unavailable", "req-5");
    });
    scheduler.drive(outage);

    // Retried like any call, then the outage itself: not a verdict on permissions.
    assertThat(attempts).hasValue(3);
    assertThatThrownBy(() -> ManualScheduler.joined(outage)).isInstanceOf(AmiBackendException.class)
        .hasMessageContaining("Service unavailable");

    CompletableFuture<DryRunResult> throttled = r.dryRun(R, Ec2Action.CREATE_IMAGE, c -> {
      throw new AmiThrottledException("RequestLimitExceeded", "slow down", null);
    });
    scheduler.drive(throttled);
    assertThatThrownBy(() -> ManualScheduler.joined(throttled)).isInstanceOf(AmiThrottledException.class);
  }

  @Test
  void aProviderThatIgnoresTheDryRunIsReportedAsRefusedNotAllowed() {
    CallRunner r = runner(RetryPolicy.defaults());
    AtomicInteger made = new AtomicInteger();

    DryRunResult verdict = ManualScheduler.joined(scheduler.drive(r.dryRun(R, Ec2Action.CREATE_IMAGE, c -> {
      made.incrementAndGet(); // answers as if the call was real: the change was made
    })));

    assertThat(made).hasValue(1);
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.errorCode()).contains("ami4j.DryRunIgnored");
    assertThat(verdict.reason()).contains("CreateImage was performed").contains("did not honour the dry run");
  }

  @Test
  void eachActionHasOneRetryForTheClientsLifeWhoseEventsCanBeObserved() {
    CallRunner r = runner(RetryPolicy.builder().seed(9).build());
    AtomicInteger retried = new AtomicInteger();
    r.retry(Ec2Action.DESCRIBE_IMAGES).getEventPublisher().onRetry(e -> retried.incrementAndGet());
    for (int call = 0; call < 2; call++) {
      AtomicInteger attempts = new AtomicInteger();
      scheduler.drive(r.call(R, Ec2Action.DESCRIBE_IMAGES, c -> {
        if (attempts.incrementAndGet() < 3) {
          throw new AmiBackendException("Unavailable", "try later", null);
        }
        return "ok";
      }));
    }

    assertThat(r.retry(Ec2Action.DESCRIBE_IMAGES)).isSameAs(r.retry(Ec2Action.DESCRIBE_IMAGES));
    assertThat(r.retry(Ec2Action.DESCRIBE_IMAGES)).isNotSameAs(r.retry(Ec2Action.CREATE_IMAGE));
    assertThat(retried).hasValue(4);
  }

  @Test
  void aPolicyOfNoRetriesTriesOnce() {
    CallRunner r = runner(RetryPolicy.none());
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<String> f = r.call(R, Ec2Action.DESCRIBE_IMAGES, c -> {
      attempts.incrementAndGet();
      throw new AmiThrottledException("RequestLimitExceeded", "slow down", null);
    });
    scheduler.runDue();
    assertThat(f).isCompletedExceptionally();
    assertThat(attempts).hasValue(1);
  }

  @Test
  void joinRethrowsTheProvidersExceptionAsItWas() {
    AmiException e = new AmiPermissionDeniedException("AuthFailure", "no", null);
    assertThatThrownBy(() -> ManualScheduler.joined(CompletableFuture.failedFuture(e))).isSameAs(e);
  }
}
