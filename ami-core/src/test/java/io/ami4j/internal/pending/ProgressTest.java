package io.ami4j.internal.pending;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.ProgressEvent;
import io.ami4j.doubles.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void eventsCarryTheElapsedTimeAndAFailingListenerDoesNotStopTheOthers() {
    ManualClock clock = ManualClock.atDefaultStart();
    List<ProgressEvent> seen = new ArrayList<>();
    Progress p = new Progress("CopyImage", clock, List.of(e -> {
      throw new IllegalStateException("listener bug");
    }, seen::add));
    clock.advance(Duration.ofMinutes(12));
    p.report("ami-0123456789abcdef0 in eu-west-1", "pending", "golden");

    assertThat(seen).singleElement().satisfies(e -> {
      assertThat(e.operation()).isEqualTo("CopyImage");
      assertThat(e.state()).isEqualTo("pending");
      assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(12));
      assertThat(e.toString()).contains("ami-0123456789abcdef0 in eu-west-1").contains("pending");
    });
    assertThat(p.last()).isEqualTo(seen.get(0));
  }
}
