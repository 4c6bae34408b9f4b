package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiClient;
import io.ami4j.AmiCopyFailedException;
import io.ami4j.AmiImageFailedException;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import io.ami4j.model.StateReason;
import io.ami4j.testkit.FakeEc2;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A copy into several regions that fails in one names the copies that go on in the others. */
class CopyFailureTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final Region WEST = Region.of("eu-west-1");
  private static final Region SOUTH = Region.of("ap-south-1");

  @Test
  void theFailureNamesTheCopiesAcceptedInOtherRegions() {
    try (FakeEc2 world = FakeEc2.builder().regions(EAST, WEST, SOUTH).build();
         AmiClient amis = world.clientBuilder().build()) {
      ImageId source = amis.register().fromSnapshot(world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8))
          .named("golden").architecture(Architecture.X86_64).rootDevice("/dev/xvda").submit().await().id();
      // The first copy requested (into eu-west-1) fails; the one into ap-south-1 goes on.
      world.failNextImage(StateReason.of("Client.CopyFailed", "Client.CopyFailed: snapshot copy failed"));

      AmiCopyFailedException e = catchThrowableOfType(AmiCopyFailedException.class,
          () -> amis.copy(source).to(WEST, SOUTH).submit().await());

      List<ImageId> goingOn = world.allImages(SOUTH).stream().filter(i -> i.name().equals("golden"))
          .filter(i -> i.state() != ImageState.DEREGISTERED).map(Image::id).collect(Collectors.toList());
      assertThat(goingOn).hasSize(1);
      assertThat(e.failedIn()).isEqualTo(WEST);
      assertThat(e.copies()).containsEntry(SOUTH, goingOn.get(0));
      assertThat(e.getMessage()).contains(goingOn.get(0).value());
      assertThat(e.getCause()).isInstanceOf(AmiImageFailedException.class);

      e.copies().forEach((region, id) -> {
        if (!region.equals(e.failedIn())) {
          amis.deregister(id).in(region).deleteSnapshots().submit().await();
        }
      });
      assertThat(world.allImages(SOUTH)).filteredOn(i -> i.name().equals("golden"))
          .allSatisfy(i -> assertThat(i.state()).isEqualTo(ImageState.DEREGISTERED));
    }
  }
}
