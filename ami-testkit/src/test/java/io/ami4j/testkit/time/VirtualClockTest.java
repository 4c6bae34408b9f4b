package io.ami4j.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
  @Test
  void movesOnlyWhenTold() {
    VirtualClock clock = VirtualClock.create();
    assertThat(clock.instant()).isEqualTo(VirtualClock.DEFAULT_START);
    assertThat(clock.instant()).isEqualTo(VirtualClock.DEFAULT_START);
    assertThat(clock.advance(Duration.ofMinutes(30))).isEqualTo(VirtualClock.DEFAULT_START.plusSeconds(1800));
    assertThat(clock.millis()).isEqualTo(VirtualClock.DEFAULT_START.plusSeconds(1800).toEpochMilli());
  }

  @Test
  void neverGoesBackwards() {
    VirtualClock clock = VirtualClock.startingAt(Instant.parse("2030-01-01T00:00:00Z"));
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.set(Instant.parse("2029-12-31T23:59:59Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("back");
    clock.set(Instant.parse("2030-01-02T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-02T00:00:00Z"));
  }

  @Test
  void listenersHearEveryMoveInOrder() {
    VirtualClock clock = VirtualClock.create();
    List<Instant> heard = new ArrayList<>();
    VirtualClock.Listener listener = heard::add;
    clock.addListener(listener);
    clock.advance(Duration.ofSeconds(5));
    clock.set(VirtualClock.DEFAULT_START.plusSeconds(60));
    clock.removeListener(listener);
    clock.advance(Duration.ofSeconds(1));
    assertThat(heard).containsExactly(VirtualClock.DEFAULT_START.plusSeconds(5), VirtualClock.DEFAULT_START.plusSeconds(60));
  }

  @Test
  void zonedViewSharesTheTime() {
    VirtualClock clock = VirtualClock.create();
    var paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofHours(1));
    assertThat(paris.instant()).isEqualTo(clock.instant());
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void concurrentAdvancesAreNotLost() throws InterruptedException {
    VirtualClock clock = VirtualClock.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 1000; i++) {
      pool.execute(() -> clock.advance(Duration.ofSeconds(1)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(clock.instant()).isEqualTo(VirtualClock.DEFAULT_START.plusSeconds(1000));
  }
}
