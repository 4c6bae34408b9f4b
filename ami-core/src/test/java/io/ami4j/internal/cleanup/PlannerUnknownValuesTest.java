package io.ami4j.internal.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.cleanup.CleanupReason;
import io.ami4j.doubles.Images;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageState;
import io.ami4j.model.RootDeviceType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The planner judges images holding values ami4j does not know like any other, and keeps unknown states. */
class PlannerUnknownValuesTest {
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  private static Map<String, Verdict> byName(List<Verdict> vs) {
    return vs.stream().collect(Collectors.toMap(v -> v.image().name(), v -> v));
  }

  @Test
  void anImageInAStateAmi4jDoesNotKnowIsKeptAsUnsettledNamingEc2sText() {
    Image odd = Images.image(Images.id(3), "web-3", ImageState.UNKNOWN, NOW.minus(Duration.ofDays(90)))
        .putUnknownValues("state", "optimizing").build();

    Map<String, Verdict> vs = byName(Planner.decide(List.of(odd, Images.available(Images.id(1), "web-1",
        NOW.minus(Duration.ofDays(90)))), Images.SELF, new Policy(Grouping.all(), 0, null, null), NOW));

    assertThat(vs.get("web-3").reason()).isEqualTo(CleanupReason.NOT_SETTLED);
    assertThat(vs.get("web-3").detail()).isEqualTo("state optimizing");
    assertThat(vs.get("web-1").reason()).isEqualTo(CleanupReason.MATCHES_POLICY);
  }

  @Test
  void anAvailableImageWithOtherValuesAmi4jDoesNotKnowIsRankedAndRemovedLikeAnyOther() {
    Image odd = Images.image(Images.id(2), "web-2", ImageState.AVAILABLE, NOW.minus(Duration.ofDays(10)))
        .rootDeviceType(RootDeviceType.UNKNOWN).architecture(Architecture.UNKNOWN)
        .putUnknownValues("rootDeviceType", "standard").putUnknownValues("architecture", "riscv128").build();
    Image older = Images.available(Images.id(1), "web-1", NOW.minus(Duration.ofDays(20)));
    Image oldest = Images.image(Images.id(0), "web-0", ImageState.AVAILABLE, NOW.minus(Duration.ofDays(30)))
        .rootDeviceType(RootDeviceType.UNKNOWN).putUnknownValues("rootDeviceType", "standard").build();

    List<Verdict> vs = Planner.decide(List.of(oldest, older, odd), Images.SELF,
        new Policy(Grouping.all(), 1, null, null), NOW);

    assertThat(byName(vs).get("web-2").reason()).isEqualTo(CleanupReason.AMONG_LATEST);
    assertThat(Planner.candidates(vs)).containsExactlyInAnyOrder(Images.id(1), Images.id(0));
  }
}
