package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.EAST;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeTags;
import io.ami4j.bake.SweepResult;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceState;
import io.ami4j.model.StateReason;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sweeping what bakes of a crashed process left, sparing finished bakes and young ones. */
class BakeSweepTest {
  private final Call east = Call.in(EAST);

  /** What a bake's process leaves when it dies after CreateImage: a live builder and an unfinished image. */
  private static Instance crashedBuilder(BakeWorld w, AmiProvider ec2, Call east, String bakeId) {
    return ec2.runInstances(east, RunInstancesRequest.builder().imageId(w.al2023().id()).instanceType("t3.micro")
        .userData(BakeWorld.SCRIPT).putTags(BakeTags.BAKE, bakeId).build()).get(0);
  }

  @Test
  void removesCrashedBakesButNotFinishedOrYoungOnes() {
    try (BakeWorld w = new BakeWorld()) {
      AmiProvider ec2 = w.world.provider();
      BakeResult finished = w.bake().submit().await();

      Instance crashed = crashedBuilder(w, ec2, east, "bake-crashed");
      w.world.clock().advance(Duration.ofMinutes(10));
      ImageId unfinished = ec2.createImage(east, CreateImageRequest.builder().instanceId(crashed.id())
          .name("web-crashed").imageTags(Map.of(BakeTags.BAKE, "bake-crashed", BakeTags.BAKE_STATE, BakeTags.BAKING))
          .snapshotTags(Map.of(BakeTags.BAKE, "bake-crashed")).build());
      w.world.failNextImage(StateReason.of("Client.InternalError", "Client.InternalError: failed"));
      ImageId failed = ec2.createImage(east, CreateImageRequest.builder().instanceId(crashed.id())
          .name("web-crashed-failed").imageTags(Map.of(BakeTags.BAKE, "bake-crashed"))
          .snapshotTags(Map.of(BakeTags.BAKE, "bake-crashed")).build());
      w.world.clock().advance(Duration.ofHours(3));
      Instance young = crashedBuilder(w, ec2, east, "bake-young");

      SweepResult report = w.amis.bakes().in(EAST).sweep(Duration.ofHours(1)).apply();

      assertThat(report.failures()).isEmpty();
      assertThat(report.removed(BakeResource.Kind.INSTANCE)).extracting(BakeResource::id)
          .containsExactly(crashed.id().value());
      assertThat(report.removed(BakeResource.Kind.IMAGE)).extracting(BakeResource::id)
          .containsExactlyInAnyOrder(unfinished.value(), failed.value());
      assertThat(report.removed(BakeResource.Kind.SNAPSHOT)).isNotEmpty();

      w.settle();
      // The finished bake's image and snapshots are all that is left; the young builder runs on.
      ImageId kept = finished.image().orElseThrow().id();
      assertThat(w.myImages(EAST)).extracting(i -> i.id()).containsExactly(kept);
      List<String> keptSnapshots = finished.image().get().snapshotIds().stream().map(s -> s.value())
          .collect(Collectors.toList());
      assertThat(w.mySnapshots(EAST)).extracting(s -> s.id().value()).containsExactlyInAnyOrderElementsOf(keptSnapshots);
      assertThat(w.world.allInstances(EAST)).filteredOn(i -> i.id().equals(crashed.id()))
          .allSatisfy(i -> assertThat(i.state()).isEqualTo(InstanceState.TERMINATED));
      assertThat(w.world.allInstances(EAST)).filteredOn(i -> i.id().equals(young.id()))
          .allSatisfy(i -> assertThat(i.state().isLive()).isTrue());
    }
  }

  @Test
  void deletesTaggedSnapshotsThatNoImageUses() {
    try (BakeWorld w = new BakeWorld()) {
      AmiProvider ec2 = w.world.provider();
      Instance crashed = crashedBuilder(w, ec2, east, "bake-orphan");
      w.world.clock().advance(Duration.ofMinutes(10));
      ImageId image = ec2.createImage(east, CreateImageRequest.builder().instanceId(crashed.id()).name("web-orphan")
          .imageTags(Map.of(BakeTags.BAKE, "bake-orphan")).snapshotTags(Map.of(BakeTags.BAKE, "bake-orphan")).build());
      w.world.clock().advance(Duration.ofMinutes(10));
      // Deregistered without its snapshots: they are orphans now.
      ec2.deregisterImage(east, image, false);
      assertThat(w.mySnapshots(EAST)).isNotEmpty();
      w.world.clock().advance(Duration.ofHours(2));

      SweepResult report = w.amis.bakes().sweep(Duration.ofHours(1)).apply();

      assertThat(report.removed(BakeResource.Kind.SNAPSHOT)).isNotEmpty();
      assertThat(w.mySnapshots(EAST)).isEmpty();
    }
  }

  @Test
  void aSweepOfACleanAccountRemovesNothing() {
    try (BakeWorld w = new BakeWorld()) {
      BakeResult r = w.bake().submit().await();
      w.world.clock().advance(Duration.ofDays(1));

      SweepResult report = w.amis.bakes().sweep(Duration.ofHours(1)).apply();

      assertThat(report.removed()).isEmpty();
      assertThat(w.myImages(EAST)).extracting(i -> i.id()).containsExactly(r.image().orElseThrow().id());
    }
  }
}
