package io.ami4j.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ManualClockTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void standsStillUntilAdvanced() {
    ManualClock clock = ManualClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    clock.advance(Duration.ofMinutes(30));

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(30)));
    assertThat(clock.millis()).isEqualTo(START.plus(Duration.ofMinutes(30)).toEpochMilli());
  }

  @Test
  void neverMovesBackwardsAndOnlyTellsListenersOfRealMoves() {
    ManualClock clock = ManualClock.at(START);
    AtomicInteger advances = new AtomicInteger();
    clock.addListener(advances::incrementAndGet);

    clock.advanceTo(START.plusSeconds(10));
    clock.advanceTo(START.plusSeconds(5));
    clock.advanceTo(START.plusSeconds(10));

    assertThat(clock.now()).isEqualTo(START.plusSeconds(10));
    assertThat(advances).hasValue(1);
  }

  @Test
  void zoneViewsShareTheTime() {
    ManualClock clock = ManualClock.at(START);
    ManualClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofHours(1));

    assertThat(paris.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(paris).isNotEqualTo(clock);
    assertThat(paris.withZone(clock.getZone())).isEqualTo(clock);
  }

  @Test
  void rejectsNegativeAdvance() {
    ManualClock clock = ManualClock.at(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(AmiValidationException.class)
        .hasMessageContaining("amount");
  }
}
