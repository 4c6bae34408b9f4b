package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.EAST;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeTags;
import io.ami4j.bake.SweepResult;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.CallChain;
import io.ami4j.spi.CallContext;
import io.ami4j.spi.CallInterceptor;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.testkit.Timing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A sweep lists unfinished bake images, then removes them one by one; a slow bake that finishes
 * in between has marked its image complete, and the sweep must see that before it deregisters.
 */
class BakeSweepRaceTest {
  /** Marks one image complete right after the sweep's listing has shown it unfinished. */
  private static final class FinishesAfterListing implements CallInterceptor {
    final AtomicReference<ImageId> finishing = new AtomicReference<>();
    final AtomicBoolean finished = new AtomicBoolean();
    private final AmiProvider delegate;

    FinishesAfterListing(AmiProvider delegate) {
      this.delegate = delegate;
    }

    @Override
    public void afterAnswer(CallContext call, Object answer) {
      if (call.action() != Ec2Action.DESCRIBE_IMAGES) {
        return;
      }
      ImageId id = finishing.get();
      boolean listing = ((ImageQuery) call.arguments().get(0)).filters().stream()
          .anyMatch(f -> f.name().equals("tag-key"));
      if (id != null && listing && ((Page<?>) answer).items().stream().anyMatch(i -> ((Image) i).id().equals(id))
          && finished.compareAndSet(false, true)) {
        delegate.createTags(call.call(), List.of(id), Map.of(BakeTags.BAKE_STATE, BakeTags.COMPLETE));
      }
    }
  }

  @Test
  void anImageWhoseBakeFinishesWhileTheSweepRunsIsKept() {
    FinishesAfterListing[] wrapper = new FinishesAfterListing[1];
    try (BakeWorld w = new BakeWorld(Timing.defaults(), p -> {
      wrapper[0] = new FinishesAfterListing(p);
      return CallChain.of(wrapper[0]).around(p);
    })) {
      AmiProvider ec2 = w.world.provider();
      Call east = Call.in(EAST);
      Instance builder = ec2.runInstances(east, RunInstancesRequest.builder().imageId(w.al2023().id())
          .instanceType("t3.micro").putTags(BakeTags.BAKE, "bake-slow").build()).get(0);
      w.world.clock().advance(Duration.ofMinutes(10));
      ImageId slow = ec2.createImage(east, CreateImageRequest.builder().instanceId(builder.id()).name("web-slow")
          .imageTags(Map.of(BakeTags.BAKE, "bake-slow", BakeTags.BAKE_STATE, BakeTags.BAKING))
          .snapshotTags(Map.of(BakeTags.BAKE, "bake-slow")).build());
      w.world.clock().advance(Duration.ofHours(3));
      wrapper[0].finishing.set(slow);

      SweepResult report = w.amis.bakes().in(EAST).sweep(Duration.ofHours(1)).apply();

      assertThat(wrapper[0].finished).isTrue();
      assertThat(report.removed(BakeResource.Kind.IMAGE)).isEmpty();
      assertThat(w.world.image(EAST, slow).orElseThrow().state()).isEqualTo(ImageState.AVAILABLE);
      assertThat(w.world.image(EAST, slow).orElseThrow().snapshotIds()).allSatisfy(s -> assertThat(
          w.mySnapshots(EAST)).anySatisfy(x -> assertThat(x.id()).isEqualTo(s)));
    }
  }
}
