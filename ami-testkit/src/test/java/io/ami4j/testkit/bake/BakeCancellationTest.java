package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.EAST;
import static io.ami4j.testkit.bake.BakeWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiBakeFailedException;
import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStage;
import io.ami4j.bake.BakeStageResult.Outcome;
import io.ami4j.Pending;
import io.ami4j.ProgressEvent;
import io.ami4j.model.ImageState;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a bake mid-way: the current stage stops, and the cleanup terminates the builder and
 * removes every image and snapshot made so far — also ones still pending.
 */
class BakeCancellationTest {

  /** Submits a bake and cancels it at the first progress event that matches. */
  private static AmiBakeFailedException cancelWhen(BakeWorld w, io.ami4j.bake.BakeSpec spec,
      Predicate<ProgressEvent> when) {
    CompletableFuture<Pending<BakeResult>> handle = new CompletableFuture<>();
    CompletableFuture<Boolean> cancelled = new CompletableFuture<>();
    Pending<BakeResult> p = spec.listener(e -> {
      if (!cancelled.isDone() && when.test(e)) {
        // Runs on the bake's thread: wait for the handle the test thread is about to publish.
        cancelled.complete(handle.join().cancel());
      }
    }).submit();
    handle.complete(p);
    AmiBakeFailedException e = catchThrowableOfType(AmiBakeFailedException.class, p::await);
    assertThat(cancelled).isCompletedWithValue(true);
    assertThat(e).isNotNull();
    assertThat(e.errorCode()).isEqualTo("ami4j.Cancelled");
    assertThat(p.state()).isEqualTo(Pending.State.CANCELLED);
    assertThat(p.cancel()).as("a finished bake cannot be cancelled again").isFalse();
    return e;
  }

  private static boolean is(ProgressEvent e, BakeStage stage, String state) {
    return BakeStage.of(e).orElse(null) == stage && e.state().equals(state);
  }

  @Test
  void cancelledWhileTheUserDataRunsTerminatesTheBuilder() {
    try (BakeWorld w = new BakeWorld()) {
      AmiBakeFailedException e = cancelWhen(w, w.bake(), ev -> is(ev, BakeStage.CUSTOMIZE, "running"));

      BakeResult r = e.result();
      assertThat(e.stage()).isEqualTo(BakeStage.CUSTOMIZE);
      assertThat(r.stage(BakeStage.CUSTOMIZE).outcome()).isEqualTo(Outcome.CANCELLED);
      assertThat(r.stage(BakeStage.CREATE_IMAGE).outcome()).isEqualTo(Outcome.NOT_RUN);
      assertThat(r.stage(BakeStage.CLEANUP).cleanedUp()).extracting(BakeResource::kind)
          .containsExactly(BakeResource.Kind.INSTANCE);
      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void cancelledWhileTheImageIsPendingDeregistersIt() {
    try (BakeWorld w = new BakeWorld()) {
      AmiBakeFailedException e = cancelWhen(w, w.bake(), ev -> ev.operation().equals(BakeStage.CREATE_IMAGE.operation())
          && ev.state().equals("pending"));

      BakeResult r = e.result();
      assertThat(e.stage()).isEqualTo(BakeStage.CREATE_IMAGE);
      // The image was still pending: found by the bake's tag, deregistered with its snapshots.
      assertThat(r.stage(BakeStage.CLEANUP).cleanedUp()).extracting(BakeResource::kind)
          .contains(BakeResource.Kind.INSTANCE, BakeResource.Kind.IMAGE, BakeResource.Kind.SNAPSHOT);
      assertThat(w.world.allImages(EAST)).filteredOn(i -> i.ownerId().equals(BakeWorld.ME))
          .allSatisfy(i -> assertThat(i.state()).isEqualTo(ImageState.DEREGISTERED));
      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void cancelledWhileCopyingRemovesTheImageAndThePendingCopy() {
    try (BakeWorld w = new BakeWorld()) {
      AmiBakeFailedException e = cancelWhen(w, w.bake().copyTo(WEST),
          ev -> ev.operation().equals(BakeStage.COPY.operation()) && ev.state().equals("pending"));

      BakeResult r = e.result();
      assertThat(e.stage()).isEqualTo(BakeStage.COPY);
      assertThat(r.stage(BakeStage.COPY).outcome()).isEqualTo(Outcome.CANCELLED);
      assertThat(r.stage(BakeStage.CLEANUP).cleanedUp()).filteredOn(c -> c.kind() == BakeResource.Kind.IMAGE)
          .extracting(BakeResource::region).containsExactlyInAnyOrder(EAST, WEST);
      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void closingTheClientMidBakeStopsItAndCleansUp() {
    try (BakeWorld w = new BakeWorld()) {
      Pending<BakeResult> p = w.bake().listener(ev -> {
        if (is(ev, BakeStage.CUSTOMIZE, "running")) {
          w.amis.close();
        }
      }).submit();

      AmiBakeFailedException e = catchThrowableOfType(AmiBakeFailedException.class, p::await);

      assertThat(e.stage()).isEqualTo(BakeStage.CUSTOMIZE);
      assertThat(e.result().stage(BakeStage.CUSTOMIZE).outcome()).isEqualTo(Outcome.CANCELLED);
      w.assertNothingLeftBehind(e.result());
    }
  }
}
