package io.ami4j.testkit.bulk;

import static io.ami4j.testkit.bulk.BulkWorld.EAST;
import static io.ami4j.testkit.bulk.BulkWorld.ME;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.BulkTagResult;
import io.ami4j.SharingResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fan-out: one image to many regions, to many accounts, and many images tagged at once. */
class FanOutTest {
  private final BulkWorld w = new BulkWorld(Timing.builder().registerImage(Duration.ZERO)
      .copyImage(Duration.ofMinutes(20)).build());
  private final FaultingProvider ec2 = w.provider(ME, FaultPlan.builder().ec2Throttling().build());
  private final AmiClient amis = w.client(ec2);

  @AfterEach
  void close() {
    w.close();
  }

  @Test
  void copiesOneImageToEveryOtherRegionAndAwaitsThemTogether() {
    ImageId golden = w.image("golden-1");
    List<Region> targets = new ArrayList<>(w.world.regions());
    targets.remove(EAST);

    Map<Region, Image> copies = amis.copy(golden).to(targets.toArray(new Region[0])).submit().await();

    assertThat(copies).containsOnlyKeys(targets);
    copies.forEach((r, i) -> assertThat(w.world.image(r, i.id()).orElseThrow().sourceImageId()).contains(golden));
    assertThat(ec2.stats().calls(Ec2Action.COPY_IMAGE)).isEqualTo(targets.size());
  }

  @Test
  void sharesWithAThousandAccountsInFiveCalls() {
    ImageId image = w.image("shared-1");
    List<LaunchPermission> grants = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      grants.add(LaunchPermission.account(AccountId.of(String.format("9%011d", i))));
    }

    SharingResult r = amis.sharing(image).grant(grants.toArray(new LaunchPermission[0])).apply();

    assertThat(r.modifyCalls()).isEqualTo(5);
    assertThat(ec2.stats().calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)).isEqualTo(5);
    assertThat(w.world.launchPermissions(EAST, image)).containsExactlyInAnyOrderElementsOf(grants);
  }

  @Test
  void tagsTwoHundredFiftyImagesAndTheirSnapshotsInOneCreateTagsCall() {
    List<ImageId> images = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      images.add(w.image(ME, EAST, "many-" + i, 1, Map.of()));
    }

    BulkTagResult r = amis.tagImages(images).add("retire", "2027-01").tagSnapshots().apply();

    assertThat(r.resources()).hasSize(500);
    assertThat(ec2.stats().calls(Ec2Action.CREATE_TAGS)).isEqualTo(1);
    assertThat(ec2.stats().calls(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(2);
    for (ImageId id : images) {
      assertThat(w.world.tagsOf(EAST, id.value())).containsEntry("retire", "2027-01");
      for (SnapshotId s : w.world.image(EAST, id).orElseThrow().snapshotIds()) {
        assertThat(w.world.tagsOf(EAST, s.value())).containsEntry("retire", "2027-01");
      }
    }

    amis.tagImages(images).remove("retire").apply();

    images.forEach(id -> assertThat(w.world.tagsOf(EAST, id.value())).doesNotContainKey("retire"));
  }
}
