package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.Images;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImageFinderTest {
  private final ClientFixture f = new ClientFixture();

  @Test
  void latestRefusesToRunWithoutAnOwnerAndSaysHowToNameOne() {
    assertThatThrownBy(() -> f.client.images().query().named("web-*").latest())
        .isInstanceOfSatisfying(AmiValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("owner");
          assertThat(e.getMessage()).contains("CVE-2018-15869").contains("ownedBy(Owner.SELF)");
        });
    assertThat(f.provider.calls()).isEmpty();
  }

  @Test
  void latestIsTheNewestByCreationDateAmongTheOwnersImages() {
    Instant t = f.clock.instant();
    f.put(Images.available(Images.id(1), "web-1", t.minus(Duration.ofDays(3))));
    f.put(Images.available(Images.id(2), "web-2", t.minus(Duration.ofDays(1))));
    f.put(Images.available(Images.id(3), "web-3", t.minus(Duration.ofDays(2))));

    Optional<Image> latest = f.client.images().query().ownedBy(Owner.SELF).named("web-*").latest();

    assertThat(latest).map(Image::id).contains(Images.id(2));
    ImageQuery sent = f.provider.calls(Ec2Action.DESCRIBE_IMAGES).get(0).arg(0);
    assertThat(sent.owners()).containsExactly(Owner.SELF);
    assertThat(sent.filters()).anySatisfy(x -> assertThat(x.name()).isEqualTo("name"));
  }

  @Test
  void streamFetchesOnePageAtATimeOnlyWhenNeeded() {
    List<Image> all = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      all.add(Images.available(Images.id(i), "img-" + i, f.clock.instant()));
    }
    f.provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> {
      PageRequest p = inv.arg(1);
      int from = p.token().map(Integer::parseInt).orElse(0);
      int to = Math.min(all.size(), from + p.size().orElse(10));
      return Page.of(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
    });

    ImageSearch search = f.client.images().query().ownedBy(Owner.SELF).pageSize(10);
    List<Image> firstThree = search.stream().limit(3).collect(Collectors.toList());
    assertThat(firstThree).hasSize(3);
    assertThat(f.provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(1);

    Iterator<Image> it = search.iterator();
    for (int i = 0; i < 11; i++) {
      it.next();
    }
    assertThat(f.provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(3);

    assertThat(search.list()).hasSize(25);
    assertThat(f.provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(6);
  }

  @Test
  void everyFilterReachesTheQuery() {
    ImageQuery q = f.client.images().query().ownedBy(Owner.AMAZON).executableBySelf()
        .named("al2023-*").tagged("env", "prod").withTagKey("team").architecture(Architecture.ARM64)
        .state(ImageState.AVAILABLE).isPublic(true).ownerAlias("amazon").productCode("abc")
        .copiedFrom(Images.id(9)).createdOn("2026-11-*").blockDeviceMapping("encrypted", "true")
        .filter("platform", "windows").includeDeprecated().includeDisabled().toQuery();
    assertThat(q.filters()).extracting(x -> x.name()).containsExactly("name", "tag:env", "tag-key", "architecture",
        "state", "is-public", "owner-alias", "product-code", "source-image-id", "creation-date",
        "block-device-mapping.encrypted", "platform");
    assertThat(q.executableBy()).containsExactly("self");
    assertThat(q.includeDeprecated()).isTrue();
    assertThat(q.includeDisabled()).isTrue();
  }

  @Test
  void amazonLinuxGoesThroughThePublicParameterThenDescribesThatImage() {
    ImageId al = Images.id(0xa1);
    f.put(Images.available(al, "al2023-ami-2023.6.20261120.0-kernel-6.1-arm64", f.clock.instant()));
    f.provider.always(Ec2Action.GET_PARAMETER, inv -> Optional.of(SsmParameter.of(inv.arg(0), al.value())));

    Image image = f.client.images().amazonLinux(AmazonLinux.AL2023, Architecture.ARM64);

    assertThat(image.id()).isEqualTo(al);
    assertThat(f.provider.calls(Ec2Action.GET_PARAMETER).get(0).<String>arg(0))
        .isEqualTo("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64");
    assertThat(AmazonLinux.AL2.parameterName(Architecture.X86_64))
        .isEqualTo("/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2");
  }

  @Test
  void aMissingParameterOrImageIsNotFound() {
    f.provider.always(Ec2Action.GET_PARAMETER, inv -> Optional.empty());
    assertThatThrownBy(() -> f.client.images().amazonLinux(AmazonLinux.AL2, Architecture.X86_64))
        .isInstanceOf(AmiNotFoundException.class).hasMessageContaining("amzn2-ami-hvm-x86_64-gp2");
    assertThatThrownBy(() -> f.client.images().get(Images.id(404))).isInstanceOf(AmiNotFoundException.class)
        .hasMessageContaining(Images.id(404).value());
  }

  @Test
  void getRetriesATransientFailure() {
    f.put(Images.available(Images.id(5), "x-5", f.clock.instant()));
    f.provider.once(Ec2Action.DESCRIBE_IMAGES, inv -> {
      throw new AmiBackendException("Unavailable", "503", null);
    });
    Image got = f.scheduler.driveBlocking(() -> f.client.images().get(Images.id(5)));
    assertThat(got.id()).isEqualTo(Images.id(5));
    assertThat(f.provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(2);
  }

  @Test
  void aRestartedProcessAwaitsImagesItStartedEarlierByTheirIds() {
    List<ImageId> ids = List.of(Images.id(11), Images.id(12), Images.id(13));
    ids.forEach(id -> f.put(Images.image(id, "n-" + id.value(), ImageState.PENDING, f.clock.instant()).build()));
    Pending<List<Image>> p = f.client.images().awaitAvailable(ids).submit();
    f.scheduler.advance(Duration.ofMinutes(3));
    f.images.replaceAll((id, i) -> Image.builder(i).state(ImageState.AVAILABLE).build());

    List<Image> done = f.await(p);

    assertThat(done).extracting(Image::id).containsExactlyElementsOf(ids);
    long rounds = f.provider.calls(Ec2Action.DESCRIBE_IMAGES).stream().map(c -> c.at).distinct().count();
    assertThat(f.provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(rounds);
  }
}
