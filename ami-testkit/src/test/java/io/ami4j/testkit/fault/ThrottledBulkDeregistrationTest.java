package io.ami4j.testkit.fault;

import static io.ami4j.testkit.fault.Requests.CALL;
import static io.ami4j.testkit.fault.Requests.IMAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiThrottledException;
import io.ami4j.testkit.time.VirtualClock;
import io.ami4j.testkit.time.VirtualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The decorator's buckets on virtual time, driven by an auto-advancing scheduler: deregistering
 * 300 images against EC2's DeregisterImage bucket (100, then 5 per second) takes 40 virtual
 * seconds, as EC2-FACTS computes, and no real waiting.
 */
class ThrottledBulkDeregistrationTest {

  @Test
  void threeHundredDeregistrationsTakeFortyVirtualSeconds() throws Exception {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    VirtualClock clock = VirtualClock.startingAt(start);
    VirtualScheduler scheduler = VirtualScheduler.autoAdvance(clock);
    FaultingProvider provider = FaultingProvider.wrap(new RecordingProvider().provider(),
        FaultPlan.builder().ec2Throttling().build(), clock);
    AtomicInteger done = new AtomicInteger();
    CompletableFuture<Instant> finished = new CompletableFuture<>();
    Runnable[] next = new Runnable[1];
    next[0] = () -> {
      try {
        provider.deregisterImage(CALL, IMAGE, true);
        if (done.incrementAndGet() == 300) {
          finished.complete(clock.instant());
          return;
        }
        scheduler.execute(next[0]);
      } catch (AmiThrottledException e) {
        scheduler.schedule(next[0], 100, TimeUnit.MILLISECONDS);
      }
    };
    try {
      scheduler.execute(next[0]);

      assertThat(scheduler.awaitDone(finished, null)).isTrue();
      Instant end = finished.get();

      assertThat(Duration.between(start, end)).isBetween(Duration.ofSeconds(40), Duration.ofMillis(40_100));
      assertThat(provider.stats().calls(io.ami4j.spi.Ec2Action.DEREGISTER_IMAGE))
          .isEqualTo(300 + provider.stats().throttledAnswers());
      // Retrying every 100 ms against one token per 200 ms: two throttled answers per token refilled.
      assertThat(provider.stats().throttledAnswers()).isEqualTo(400);
    } finally {
      scheduler.shutdownNow();
    }
  }
}
