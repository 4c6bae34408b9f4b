package io.ami4j.internal.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client's buckets against a service bucket of which other tools take a steady share, on the
 * virtual clock: 1,000 DeregisterImage calls, 32 in flight, 10 ms each way, a throttled call
 * retried after 50 ms. The client believes the table (100 tokens, 250 per second); the service
 * leaves it only part of the refill. The calls finish within a tenth of the time the remaining share
 * allows, with few throttled answers, instead of collapsing to a crawl.
 */
class SharedBucketSimulationTest {
  private static final Region R = Region.of("us-east-1");
  private static final Ec2Action A = Ec2Action.DEREGISTER_IMAGE;
  private static final int CALLS = 1000;
  private static final int IN_FLIGHT = 32;
  private static final long ONE_WAY_MS = 10;
  private static final long RETRY_MS = 50;

  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final Throttle client = new Throttle(RateLimits.ec2Defaults().refillFactor(50), clock, scheduler);
  private Bucket service;
  private int started;
  private int done;
  private int throttledAnswers;

  @ParameterizedTest(name = "others take {0} of every refill")
  @CsvSource({"0.0", "0.2", "0.5"})
  void theClientGetsCloseToTheShareLeftToIt(double othersShare) {
    double left = 250 * (1 - othersShare);
    service = Bucket.builder()
        .addLimit(l -> l.capacity(100).refillGreedy(Math.round(left * 1000), Duration.ofSeconds(1000))
            .initialTokens(100))
        .withCustomTimePrecision(new ClockTimeMeter(clock)).build();
    Instant t0 = clock.instant();
    for (int i = 0; i < IN_FLIGHT; i++) {
      startNext();
    }
    scheduler.runUntil(() -> done == CALLS, Duration.ofHours(1));

    double seconds = Duration.between(t0, clock.instant()).toNanos() / 1e9;
    double ideal = (CALLS - 100) / left;
    assertThat(seconds / ideal).as("time over the ideal for the share left").isLessThan(1.1);
    assertThat(throttledAnswers).as("throttled answers").isLessThan(CALLS / 20);
    if (othersShare == 0) {
      assertThat(throttledAnswers).as("alone, the client is never throttled").isZero();
    }
  }

  private void startNext() {
    if (started < CALLS) {
      started++;
      attempt();
    }
  }

  private void attempt() {
    client.acquireForBulk(R, A).thenRun(() -> {
      Instant sentAt = clock.instant();
      scheduler.schedule(() -> {
        boolean served = service.tryConsume(1);
        scheduler.schedule(() -> answered(served, sentAt), ONE_WAY_MS, TimeUnit.MILLISECONDS);
      }, ONE_WAY_MS, TimeUnit.MILLISECONDS);
    });
  }

  private void answered(boolean served, Instant sentAt) {
    if (served) {
      done++;
      startNext();
      return;
    }
    throttledAnswers++;
    client.throttled(R, A, sentAt);
    scheduler.schedule(this::attempt, RETRY_MS, TimeUnit.MILLISECONDS);
  }
}
