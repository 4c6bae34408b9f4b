package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.cleanup.CleanupSpec;
import io.ami4j.doubles.Images;
import io.ami4j.model.Image;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.RootDeviceType;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.Unmapped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Listings, lookups and cleanup plans never work on part of an answer: when a provider reports
 * items it could not map, they fail loudly naming them; while an image that merely holds a value
 * ami4j does not know takes its full part.
 */
class IncompleteAnswerTest {
  private final ClientFixture f = new ClientFixture();
  private final Unmapped newest = Unmapped.of("image", "ami-00000009", "creationDate 'soon' must be an ISO-8601 time");

  /** DescribeImages answers the fixture's images plus an item that could not be mapped. */
  private void answerWithUnmappedItem() {
    f.provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> {
      Page<Image> p = Images.answer(inv.<ImageQuery>arg(0), f.images.values());
      return Page.of(p.items(), null, List.of(newest));
    });
  }

  @Test
  void latestFailsRatherThanPickAnOlderImageWhenTheAnswerIsIncomplete() {
    f.put(Images.available(Images.id(1), "web-1", f.clock.instant().minus(Duration.ofDays(2))));
    answerWithUnmappedItem();

    assertThatThrownBy(() -> f.client.images().query().ownedBy(Owner.SELF).named("web-*").latest())
        .isInstanceOfSatisfying(AmiIncompleteAnswerException.class, e -> {
          assertThat(e.unmapped()).containsExactly(newest.toString());
          assertThat(e.retryable()).isFalse();
          assertThat(e.getMessage()).contains("DescribeImages").contains("ami-00000009").contains("creationDate");
        });
  }

  @Test
  void aLookupOfAnImageThatCouldNotBeMappedSaysSoInsteadOfNotFound() {
    // EC2 answers the id asked for; the provider could not map the image.
    f.provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> Page.of(List.of(), null, List.of(newest)));

    assertThatThrownBy(() -> f.client.images().get(Images.id(9)))
        .isInstanceOf(AmiIncompleteAnswerException.class).hasMessageContaining("ami-00000009");
  }

  @Test
  void aCleanupPlanFailsRatherThanMissAnImage() {
    f.provider.always(Ec2Action.GET_CALLER_IDENTITY, inv -> Images.SELF);
    f.put(Images.available(Images.id(1), "web-1", f.clock.instant().minus(Duration.ofDays(90))));
    answerWithUnmappedItem();

    CleanupSpec spec = f.client.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("web-*")).keepLatest(1);

    assertThatThrownBy(() -> f.scheduler.driveBlocking(spec::plan))
        .isInstanceOf(AmiIncompleteAnswerException.class).hasMessageContaining("ami-00000009");
  }

  @Test
  void anImageHoldingValuesAmi4jDoesNotKnowIsListedAndIsTheLatest() {
    Instant t = f.clock.instant();
    f.put(Images.available(Images.id(1), "web-1", t.minus(Duration.ofDays(2))));
    f.put(Images.image(Images.id(2), "web-2", ImageState.AVAILABLE, t.minus(Duration.ofDays(1)))
        .rootDeviceType(RootDeviceType.UNKNOWN).putUnknownValues("rootDeviceType", "standard").build());

    assertThat(f.client.images().query().ownedBy(Owner.SELF).named("web-*").latest()).map(Image::id)
        .contains(Images.id(2));
    assertThat(f.client.images().query().ownedBy(Owner.SELF).named("web-*").stream().count()).isEqualTo(2);
  }
}
