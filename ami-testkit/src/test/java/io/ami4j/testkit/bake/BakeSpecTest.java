package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.EAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiValidationException;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeSpec;
import io.ami4j.model.LaunchPermission;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A bake's spec is checked before anything is made. */
class BakeSpecTest {

  private static void assertRefused(BakeWorld w, Runnable call, String field) {
    int before = w.world.mutations().size();
    assertThatThrownBy(call::run).isInstanceOf(AmiValidationException.class).hasMessageContaining(field);
    assertThat(w.world.mutations().size()).as("changes to the world").isEqualTo(before);
  }

  @Test
  void refusesIncompleteOrInvalidSpecsBeforeAnyCall() {
    try (BakeWorld w = new BakeWorld()) {
      var base = w.al2023().id();
      assertRefused(w, () -> w.amis.bake(base).named("web-{date}").submit(), "userData");
      assertRefused(w, () -> w.amis.bake(base).userData(BakeWorld.SCRIPT).submit(), "name");
      assertRefused(w, () -> w.bake().named("web-{version}").submit(), "version");
      assertRefused(w, () -> w.bake().named("web:{date}").submit(), "name");
      assertRefused(w, () -> w.bake().copyTo(EAST).submit(), "copyTo");
      assertRefused(w, () -> w.bake().shareWith(LaunchPermission.publicAccess()), "launchPermission");
      assertRefused(w, () -> w.bake().tag("ami4j:bake", "mine"), "tag key");
      assertRefused(w, () -> w.bake().tag("aws:owner", "me"), "tag key");
      assertRefused(w, () -> w.bake().userData("  "), "userData");
      assertRefused(w, () -> w.bake().customizeTimeout(Duration.ZERO), "customizeTimeout");
      assertRefused(w, () -> w.bake().deprecateAt(Instant.parse("2020-01-01T00:00:00Z")).submit(), "deprecateAt");
      assertRefused(w, () -> w.amis.bakes().sweep(Duration.ofHours(-1)), "olderThan");
    }
  }

  @Test
  void fillsTheNamePlaceholdersFromTheClientClock() {
    try (BakeWorld w = new BakeWorld()) {
      w.world.clock().advance(Duration.ofHours(13).plusMinutes(7).plusSeconds(42));

      BakeResult r = w.bake().named("web {version} ({date})").version("2.0").submit().await();

      assertThat(r.imageName()).isEqualTo("web 2.0 (2026-11-27T1307)");
      assertThat(r.image().orElseThrow().name()).isEqualTo(r.imageName());
      assertThat(r.bakeId()).startsWith("bake-20261127t130742-");
      assertThat(BakeSpec.DEFAULT_CUSTOMIZE_TIMEOUT).isEqualTo(Duration.ofHours(1));
    }
  }
}
