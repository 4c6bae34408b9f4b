package io.ami4j.internal.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.cleanup.CleanupResult.ImageOutcome;
import io.ami4j.doubles.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanupProgressTest {
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final List<String> lines = new ArrayList<>();

  @Test
  void aThousandImagesMakeTenLinesNotAThousand() {
    CleanupProgress p = new CleanupProgress(1000, clock, lines::add);
    for (int i = 0; i < 1000; i++) {
      clock.advance(Duration.ofMillis(4));
      p.done(i % 100 == 0 ? ImageOutcome.FAILED : ImageOutcome.DEREGISTERED);
    }
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).startsWith("Cleanup: 100 of 1000 images done (10 %) after 0.4 s — 99 deregistered, 1 failed");
    assertThat(lines.get(8)).startsWith("Cleanup: 900 of 1000 images done (90 %)");
    assertThat(lines.get(9)).isEqualTo("Cleanup done: 1000 images in 4.0 s — 990 deregistered, 10 failed");
  }

  @Test
  void aSlowCleanupSaysSoEveryTenSeconds() {
    // EC2's own DeregisterImage rate: 5 per second, so a tenth of 1,000 images takes 20 s.
    CleanupProgress p = new CleanupProgress(1000, clock, lines::add);
    for (int i = 0; i < 100; i++) {
      clock.advance(Duration.ofMillis(200));
      p.done(ImageOutcome.DEREGISTERED);
    }
    assertThat(lines).containsExactly(
        "Cleanup: 50 of 1000 images done (5 %) after 10.0 s — 50 deregistered",
        "Cleanup: 100 of 1000 images done (10 %) after 20.0 s — 100 deregistered");
  }

  @Test
  void aSingleImageIsOnlyTheSummary() {
    CleanupProgress p = new CleanupProgress(1, clock, lines::add);
    p.done(ImageOutcome.NOT_DONE);
    assertThat(lines).containsExactly("Cleanup done: 1 image in 0.0 s — 1 not done");
  }
}
