package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A copy's client token is deterministic, so that a copy submitted again — by a retry or a
 * restarted process — never makes a second image. EC2 replays a token even after its copy was
 * deregistered; then the copy must be made again, under a new token, and the new token must be as
 * stable as the first.
 */
class CopyAfterDeregistrationTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final Region WEST = Region.of("eu-west-1");

  private static Image copy(AmiClient amis, ImageId source) {
    return amis.copy(source).to(WEST).submit().await().get(WEST);
  }

  private static List<Image> registeredIn(FakeEc2 world, String name) {
    return world.allImages(WEST).stream().filter(i -> i.name().equals(name) && i.state() != ImageState.DEREGISTERED)
        .collect(Collectors.toList());
  }

  /** Minutes after the deregistration: 0 while EC2 still shows the deregistered copy, 30 once it is gone. */
  @ParameterizedTest
  @ValueSource(ints = {0, 30})
  void aCopyWhoseEarlierCopyWasDeregisteredIsMadeAgainAndStaysIdempotent(int minutesLater) {
    try (FakeEc2 world = FakeEc2.create()) {
      ImageId source;
      Image first;
      try (AmiClient amis = world.clientBuilder().build()) {
        source = amis.register().fromSnapshot(world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8)).named("golden")
            .architecture(Architecture.X86_64).rootDevice("/dev/xvda").submit().await().id();
        first = copy(amis, source);
        assertThat(copy(amis, source).id()).as("the same copy again is the same image").isEqualTo(first.id());
        amis.deregister(first.id()).in(WEST).deleteSnapshots().submit().await();
      }
      world.clock().advance(Duration.ofMinutes(minutesLater));

      Image second;
      try (AmiClient restarted = world.clientBuilder().build()) {
        second = copy(restarted, source);
      }

      assertThat(second.id()).isNotEqualTo(first.id());
      assertThat(world.image(WEST, second.id()).orElseThrow().state()).isEqualTo(ImageState.AVAILABLE);
      assertThat(registeredIn(world, "golden")).extracting(Image::id).containsExactly(second.id());

      try (AmiClient again = world.clientBuilder().build()) {
        assertThat(copy(again, source).id()).as("the new copy is idempotent across restarts too")
            .isEqualTo(second.id());
        again.deregister(second.id()).in(WEST).submit().await();
        Image third = copy(again, source);
        assertThat(third.id()).isNotIn(first.id(), second.id());
        assertThat(registeredIn(world, "golden")).extracting(Image::id).containsExactly(third.id());
      }
    }
  }
}
