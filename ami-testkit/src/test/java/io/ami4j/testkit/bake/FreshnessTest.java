package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.EAST;
import static io.ami4j.testkit.bake.BakeWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.bake.BakeResult;
import io.ami4j.bake.StaleImage;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.testkit.FakeEc2;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which of the account's images were baked from a base that has a newer release now. */
class FreshnessTest {

  /** The Amazon Linux 2023 x86_64 releases of the catalog, oldest first. */
  private static List<Image> al2023Releases(BakeWorld w) {
    return w.amis.images().query().ownedBy(Owner.AMAZON).named("al2023-ami-2023.9.*-kernel-6.1-x86_64")
        .architecture(Architecture.X86_64).state(ImageState.AVAILABLE).list().stream()
        .sorted(Comparator.comparing(Image::creationDate)).collect(Collectors.toList());
  }

  @Test
  void anImageBakedFromAnOlderReleaseIsStaleAndOneFromTheNewestIsNot() {
    try (BakeWorld w = new BakeWorld()) {
      List<Image> releases = al2023Releases(w);
      assertThat(releases).hasSizeGreaterThan(1);
      Image older = releases.get(0);
      Image newest = w.al2023();
      BakeResult fromOlder = w.amis.bake(older.id()).userData(BakeWorld.SCRIPT).named("web-old-{date}").submit().await();
      BakeResult fromNewest = w.amis.bake(newest.id()).userData(BakeWorld.SCRIPT).named("web-new-{date}").submit()
          .await();

      List<StaleImage> stale = w.amis.freshness().check();

      assertThat(stale).singleElement().satisfies(s -> {
        assertThat(s.image().id()).isEqualTo(fromOlder.image().orElseThrow().id());
        assertThat(s.baseImage()).isEqualTo(older.id());
        assertThat(s.baseName()).isEqualTo(older.name());
        // The newest release of Amazon's line, never the impostor's newer image of the same name.
        assertThat(s.newerBase().id()).isEqualTo(newest.id());
        assertThat(s.newerBase().ownerId()).isEqualTo(FakeEc2.AMAZON);
      });
      assertThat(stale).extracting(s -> s.image().id()).doesNotContain(fromNewest.image().orElseThrow().id());
      assertThat(w.amis.freshness().named("web-new-*").check()).isEmpty();
    }
  }

  @Test
  void aCopyOfAnOlderPublicReleaseIsFoundThroughItsLineage() {
    try (BakeWorld w = new BakeWorld()) {
      Image older = al2023Releases(w).get(0);
      Image copy = w.amis.copy(older.id()).to(WEST).named("my-al2023-copy").submit().await().get(WEST);

      List<StaleImage> stale = w.amis.freshness().in(WEST).check();

      assertThat(stale).singleElement().satisfies(s -> {
        assertThat(s.image().id()).isEqualTo(copy.id());
        assertThat(s.baseImage()).isEqualTo(older.id());
        assertThat(s.newerBase().id()).isEqualTo(w.al2023().id());
      });
    }
  }

  @Test
  void copiesOfABakeCarryTheBaseAndAreCheckedInTheirRegion() {
    try (BakeWorld w = new BakeWorld()) {
      Image older = al2023Releases(w).get(0);
      BakeResult r = w.amis.bake(older.id()).userData(BakeWorld.SCRIPT).named("web-{date}").copyTo(WEST).submit()
          .await();

      assertThat(w.amis.freshness().in(WEST).check()).extracting(s -> s.image().id())
          .containsExactly(r.copies().get(WEST).id());
      assertThat(w.amis.freshness().in(EAST).check()).extracting(s -> s.image().id())
          .containsExactly(r.image().orElseThrow().id());
    }
  }
}
