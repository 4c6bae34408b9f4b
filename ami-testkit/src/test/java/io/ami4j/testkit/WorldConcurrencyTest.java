package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WorldConcurrencyTest extends WorldFixture {
  @Test
  void accountsWorkingAtOnceLoseNothing() throws Exception {
    ImageId base = al2023();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<ImageId>>> results = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      AmiProvider p = world.provider(AccountId.of("90000000000" + t));
      Callable<List<ImageId>> work = () -> {
        Instance i = p.runInstances(east, RunInstancesRequest.builder().imageId(base).instanceType("t3.micro").build()).get(0);
        world.clock().advance(Duration.ofSeconds(30));
        List<ImageId> made = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
          made.add(p.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name("img-" + n).build()));
        }
        return made;
      };
      results.add(pool.submit(work));
    }
    List<ImageId> all = new ArrayList<>();
    for (Future<List<ImageId>> f : results) {
      all.addAll(f.get());
    }
    pool.shutdown();
    assertThat(all).hasSize(200).doesNotHaveDuplicates();
    world.clock().advance(world.timing().createImage());
    assertThat(world.allImages(US_EAST_1)).filteredOn(i -> all.contains(i.id()))
        .hasSize(200).extracting(Image::state).containsOnly(ImageState.AVAILABLE);
    assertThat(world.mutations().byAction("CreateImage")).hasSize(200);
  }

  @Test
  void realClockWorldWorksWithZeroTimings() {
    Timing instant = Timing.builder().createImage(Duration.ZERO).instancePending(Duration.ZERO).build();
    FakeEc2 real = FakeEc2.builder().realClock().timing(instant).build();
    AmiProvider p = real.provider();
    ImageId base = ImageId.of(p.getParameter(east, "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
        .orElseThrow().value());
    Instance i = p.runInstances(east, RunInstancesRequest.builder().imageId(base).instanceType("t3.micro").build()).get(0);
    ImageId id = p.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name("real-1").build());
    assertThat(real.image(US_EAST_1, id).orElseThrow().state()).isEqualTo(ImageState.AVAILABLE);
  }
}
