package io.ami4j.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VirtualClockTimeSourceTest {
  @Test
  void movesTheClockForwardOnlyAndTellsListeners() {
    VirtualClock clock = VirtualClock.create();
    TimeSource time = clock;
    AtomicInteger told = new AtomicInteger();
    time.addListener(told::incrementAndGet);

    time.advanceTo(VirtualClock.DEFAULT_START.plusSeconds(30));
    time.advanceTo(VirtualClock.DEFAULT_START.plusSeconds(10));
    clock.advance(Duration.ofSeconds(5));

    assertThat(clock.instant()).isEqualTo(VirtualClock.DEFAULT_START.plusSeconds(35));
    assertThat(time.now()).isEqualTo(clock.instant());
    assertThat(told).hasValue(2);
  }

  @Test
  void drivesAnAutoAdvancingScheduler() throws Exception {
    VirtualClock clock = VirtualClock.create();
    VirtualScheduler scheduler = VirtualScheduler.autoAdvance(clock);
    try {
      ScheduledFuture<Instant> at = scheduler.schedule(clock::instant, 30, TimeUnit.MINUTES);

      assertThat(at.get(10, TimeUnit.SECONDS)).isEqualTo(VirtualClock.DEFAULT_START.plus(Duration.ofMinutes(30)));
    } finally {
      scheduler.shutdownNow();
    }
  }
}
