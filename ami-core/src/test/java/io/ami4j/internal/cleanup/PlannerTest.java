package io.ami4j.internal.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.cleanup.CleanupReason;
import io.ami4j.doubles.Images;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cleanup planner's rules, without any call: each reason, its order, ranking and grouping. */
class PlannerTest {
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  private static Image img(int n, String name, int daysOld) {
    return Images.available(Images.id(n), name, NOW.minus(Duration.ofDays(daysOld)));
  }

  private static Map<String, CleanupReason> reasons(List<Verdict> vs) {
    return vs.stream().collect(Collectors.toMap(v -> v.image().name(), Verdict::reason));
  }

  @Test
  void anotherOwnersImageIsNeverCandidateEvenWhenTheBackendListsIt() {
    Image foreign = Image.builder(img(1, "web-1", 90)).ownerId(AccountId.of("999999999999")).build();

    List<Verdict> vs = Planner.decide(List.of(foreign, img(2, "web-2", 90)), Images.SELF,
        new Policy(Grouping.all(), 0, null, null), NOW);

    assertThat(reasons(vs)).containsEntry("web-1", CleanupReason.OTHER_OWNER)
        .containsEntry("web-2", CleanupReason.MATCHES_POLICY);
    assertThat(Planner.candidates(vs)).containsExactly(Images.id(2));
  }

  @Test
  void pendingImagesStayAndDoNotCountTowardTheNewest() {
    Image pending = Images.image(Images.id(3), "web-3", ImageState.PENDING, NOW).build();
    List<Verdict> vs = Planner.decide(List.of(img(1, "web-1", 20), img(2, "web-2", 10), pending), Images.SELF,
        new Policy(Grouping.all(), 1, null, null), NOW);

    assertThat(reasons(vs)).containsEntry("web-3", CleanupReason.NOT_SETTLED)
        .containsEntry("web-2", CleanupReason.AMONG_LATEST).containsEntry("web-1", CleanupReason.MATCHES_POLICY);
  }

  @Test
  void protectionAndItsCooldownKeepAnImage() {
    Image on = Image.builder(img(1, "a", 90)).deregistrationProtection("enabled").build();
    Image cooling = Image.builder(img(2, "b", 90))
        .deregistrationProtection("disabled-until-" + NOW.plus(Duration.ofHours(3))).build();
    Image cooled = Image.builder(img(3, "c", 90))
        .deregistrationProtection("disabled-until-" + NOW.minus(Duration.ofHours(3))).build();

    List<Verdict> vs = Planner.decide(List.of(on, cooling, cooled), Images.SELF,
        new Policy(Grouping.all(), null, null, null), NOW);

    assertThat(reasons(vs)).containsEntry("a", CleanupReason.PROTECTED).containsEntry("b", CleanupReason.PROTECTED)
        .containsEntry("c", CleanupReason.MATCHES_POLICY);
  }

  @Test
  void ageAndLastLaunchKeepImagesTheNewestRuleWouldDrop() {
    Image launched = Image.builder(img(3, "web-launched", 60)).lastLaunchedTime(NOW.minus(Duration.ofHours(5))).build();
    Image launchedLongAgo = Image.builder(img(4, "web-stale", 60)).lastLaunchedTime(NOW.minus(Duration.ofDays(9)))
        .build();
    List<Verdict> vs = Planner.decide(List.of(img(1, "web-new", 1), img(2, "web-young", 3), launched,
        launchedLongAgo), Images.SELF, new Policy(Grouping.all(), 1, Duration.ofDays(7), Duration.ofDays(2)), NOW);

    assertThat(reasons(vs)).containsEntry("web-new", CleanupReason.AMONG_LATEST)
        .containsEntry("web-young", CleanupReason.YOUNGER_THAN)
        .containsEntry("web-launched", CleanupReason.LAUNCHED_RECENTLY)
        .containsEntry("web-stale", CleanupReason.MATCHES_POLICY);
    assertThat(vs.stream().filter(v -> v.image().name().equals("web-stale")).findFirst().orElseThrow().detail())
        .contains("beyond the 1 kept", "last launched 9d");
  }

  @Test
  void usageTurnsACandidateIntoAKeptImageNamingItsUsers() {
    List<Verdict> first = Planner.decide(List.of(img(1, "x", 90), img(2, "y", 90)), Images.SELF,
        new Policy(Grouping.all(), null, null, null), NOW);

    List<Verdict> vs = Planner.withUsage(first, Map.of(Images.id(1), List.of("ec2:Instance i-1 (stopped)")));

    assertThat(reasons(vs)).containsEntry("x", CleanupReason.IN_USE).containsEntry("y", CleanupReason.MATCHES_POLICY);
    assertThat(vs.get(0).detail() + vs.get(1).detail()).contains("i-1 (stopped)");
  }

  @Test
  void groupsByNamePrefixBeforeADateByPatternAndByTag() {
    Grouping prefix = Grouping.namePrefixBeforeDate();
    assertThat(prefix.keyOf(img(1, "web-2026-11-27", 1))).isEqualTo("web");
    assertThat(prefix.keyOf(img(2, "web_20261127T1015", 1))).isEqualTo("web");
    assertThat(prefix.keyOf(img(3, "api.server 2026.01.02 (x86)", 1))).isEqualTo("api.server");
    assertThat(prefix.keyOf(img(4, "no-date-here", 1))).isEqualTo("no-date-here");

    Grouping pattern = Grouping.nameRegex(Pattern.compile("(.*)-build-\\d+"));
    assertThat(pattern.keyOf(img(5, "web-build-17", 1))).isEqualTo("web");
    assertThat(pattern.keyOf(img(6, "other", 1))).isEqualTo("other");

    Grouping tag = Grouping.tag("app");
    assertThat(tag.keyOf(Image.builder(img(7, "a", 1)).putTags("app", "web").build())).isEqualTo("app=web");
    assertThat(tag.keyOf(img(8, "lonely", 1))).contains("untagged", "lonely");
  }

  @Test
  void newestIsKeptPerGroupNotOverall() {
    List<Verdict> vs = Planner.decide(List.of(img(1, "web-2026-01-01", 300), img(2, "web-2026-02-01", 270),
        img(3, "api-2026-01-01", 300), img(4, "api-2026-02-01", 270)), Images.SELF,
        new Policy(Grouping.namePrefixBeforeDate(), 1, null, null), NOW);

    assertThat(Planner.candidates(vs)).containsExactlyInAnyOrder(Images.id(1), Images.id(3));
    assertThat(vs).extracting(Verdict::group).containsOnly("web", "api");
  }

  @Test
  void deregisteredImagesAreLeftOut() {
    Image gone = Images.image(ImageId.of("ami-0000000000000000f"), "gone", ImageState.DEREGISTERED, NOW).build();

    assertThat(Planner.decide(List.of(gone), Images.SELF, new Policy(Grouping.all(), null, null, null), NOW)).isEmpty();
  }
}
