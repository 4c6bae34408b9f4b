package io.ami4j.internal.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.cleanup.CleanupReason;
import io.ami4j.doubles.Images;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fact that can change between a cleanup's plan and its execution, decided again on fresh facts. */
class RecheckTest {
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
  private static final Image PLANNED = Images.available(Images.id(1), "web-1", NOW.minus(Duration.ofDays(90)));
  private static final Verdict GOES = new Verdict(PLANNED, "web", CleanupReason.MATCHES_POLICY, "created 90d ago");

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("nothing changed", (UnaryOperator<Image>) i -> i, List.of(), CleanupReason.MATCHES_POLICY),
        Arguments.of("protected since", (UnaryOperator<Image>) i -> Image.builder(i)
            .deregistrationProtection("enabled").build(), List.of(), CleanupReason.PROTECTED),
        Arguments.of("protection in its cooldown", (UnaryOperator<Image>) i -> Image.builder(i)
            .deregistrationProtection("disabled-until-" + NOW.plus(Duration.ofHours(2))).build(), List.of(),
            CleanupReason.PROTECTED),
        Arguments.of("no longer settled", (UnaryOperator<Image>) i -> Image.builder(i).state(ImageState.TRANSIENT)
            .build(), List.of(), CleanupReason.NOT_SETTLED),
        Arguments.of("launched within the window", (UnaryOperator<Image>) i -> Image.builder(i)
            .lastLaunchedTime(NOW.minus(Duration.ofHours(1))).build(), List.of(), CleanupReason.LAUNCHED_RECENTLY),
        Arguments.of("launched long ago", (UnaryOperator<Image>) i -> Image.builder(i)
            .lastLaunchedTime(NOW.minus(Duration.ofDays(60))).build(), List.of(), CleanupReason.MATCHES_POLICY),
        Arguments.of("in use since", (UnaryOperator<Image>) i -> i, List.of("ec2:Instance i-0123 (running)"),
            CleanupReason.IN_USE),
        Arguments.of("owned by another account", (UnaryOperator<Image>) i -> Image.builder(i)
            .ownerId(AccountId.of("999999999999")).build(), List.of(), CleanupReason.OTHER_OWNER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void whatChangedSincePlanningDecidesAgain(String change, UnaryOperator<Image> since, List<String> users,
      CleanupReason expected) {
    Verdict v = Recheck.decide(GOES, since.apply(PLANNED), users, Images.SELF, Optional.of(Duration.ofDays(7)), NOW);

    assertThat(v.reason()).isEqualTo(expected);
    if (expected.keeps()) {
      assertThat(v.detail()).startsWith("since the plan: ");
    } else {
      assertThat(v).isSameAs(GOES);
    }
  }

  @Test
  void anImageGoneSincePlanningKeepsItsPlannedVerdictForTheDeregistrationToConfirm() {
    Image deregistered = Image.builder(PLANNED).state(ImageState.DEREGISTERED).deregistrationProtection("enabled")
        .build();
    List<String> users = List.of("ec2:Instance i-0123 (running)");
    assertThat(Recheck.decide(GOES, null, users, Images.SELF, Optional.empty(), NOW)).isSameAs(GOES);
    assertThat(Recheck.decide(GOES, deregistered, users, Images.SELF, Optional.empty(), NOW)).isSameAs(GOES);
  }

  @ParameterizedTest(name = "{0} images")
  @MethodSource("batchCases")
  void batchesStartSmallAndDoubleUpToOneCallsWorth(int images, List<Integer> sizes) {
    assertThat(Recheck.batchSizes(images)).containsExactlyElementsOf(sizes);
  }

  static Stream<Arguments> batchCases() {
    return Stream.of(
        Arguments.of(0, List.of()),
        Arguments.of(1, List.of(1)),
        Arguments.of(50, List.of(50)),
        Arguments.of(51, List.of(50, 1)),
        Arguments.of(300, List.of(50, 100, 150)),
        Arguments.of(1000, List.of(50, 100, 200, 200, 200, 200, 50)));
  }

  @ParameterizedTest(name = "{0} images")
  @MethodSource("counts")
  void batchSizesCoverEveryImageOnceAndStayWithinOneCall(int images) {
    List<Integer> sizes = Recheck.batchSizes(images);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(images);
    assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(1, Discovery.BATCH));
    for (int i = 1; i < sizes.size() - 1; i++) {
      assertThat(sizes.get(i)).isEqualTo(Math.min(Discovery.BATCH, 2 * sizes.get(i - 1)));
    }
  }

  static Stream<Integer> counts() {
    java.util.Random r = new java.util.Random(13);
    return Stream.concat(Stream.of(2, 24, 75, 175, 176, 375, 376, 10_000), r.ints(20, 0, 5000).boxed());
  }
}
