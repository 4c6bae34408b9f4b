package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiBakeFailedException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStage;
import io.ami4j.bake.BakeStageResult.Outcome;
import io.ami4j.Pending;
import io.ami4j.ProgressEvent;
import io.ami4j.model.AccountId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.testkit.Timing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A bake is a chain of steps, not a thread: while it waits (the builder starting and powering
 * off, the image and its copy becoming available) none of the client's blocking work is in
 * flight for it, its only blocking work is its cleanup, and a cancellation during a wait stops
 * every stage after it.
 */
class BakeHoldsNoThreadTest {

  /** Counts the client's blocking work while it runs. */
  private static final class Counting {
    final AtomicInteger inFlight = new AtomicInteger();

    Executor wrap(Executor e) {
      return task -> e.execute(() -> {
        inFlight.incrementAndGet();
        try {
          task.run();
        } finally {
          inFlight.decrementAndGet();
        }
      });
    }
  }

  private static boolean isWait(ProgressEvent e) {
    BakeStage s = BakeStage.of(e).orElse(null);
    return (s == BakeStage.LAUNCH || s == BakeStage.CUSTOMIZE) && e.state().equals("running")
        || (s == BakeStage.CREATE_IMAGE || s == BakeStage.COPY) && e.state().equals("pending");
  }

  @Test
  void noBlockingWorkIsInFlightWhileTheBakeWaits() {
    Counting counting = new Counting();
    try (BakeWorld w = new BakeWorld(Timing.defaults(), (world, p) -> p, counting::wrap)) {
      Map<String, Integer> seen = new ConcurrentHashMap<>();
      BakeResult r = w.bake().copyTo(WEST).listener(e -> {
        if (isWait(e)) {
          seen.merge(BakeStage.of(e).get() + " " + e.state(), counting.inFlight.get(), Math::max);
        }
      }).submit().await();

      assertThat(r.succeeded()).isTrue();
      assertThat(seen).as("the waits the bake went through").containsOnlyKeys("LAUNCH running",
          "CUSTOMIZE running", "CREATE_IMAGE pending", "COPY pending");
      assertThat(seen.values()).as("blocking work in flight while the bake waits").containsOnly(0);
    }
  }

  @Test
  void theCleanupIsTheOnlyBlockingWorkOfABake() {
    AtomicReference<BakeStage> stage = new AtomicReference<>();
    List<String> handedOver = new CopyOnWriteArrayList<>();
    UnaryOperator<Executor> recording = e -> task -> {
      handedOver.add(String.valueOf(stage.get()));
      e.execute(task);
    };
    try (BakeWorld w = new BakeWorld(Timing.defaults(), (world, p) -> p, recording)) {
      BakeResult r = w.bake().copyTo(WEST).shareWith(LaunchPermission.account(AccountId.of("111122223333")))
          .shareSnapshots().deprecateAfter(Duration.ofDays(30)).protect(false)
          .listener(e -> BakeStage.of(e).ifPresent(stage::set)).submit().await();

      assertThat(r.succeeded()).isTrue();
      assertThat(r.stage(BakeStage.SHARE).outcome()).isEqualTo(Outcome.SUCCEEDED);
      // The cleanup is handed over as the last stage ends, before it reports its own start.
      assertThat(handedOver).as("the stage in which each piece of blocking work was handed over")
          .containsExactly("RETIRE_SETTINGS");
    }
  }

  @Test
  void cancelDuringAWaitStopsEveryLaterStage() {
    try (BakeWorld w = new BakeWorld()) {
      Pending<BakeResult> p = w.bake().copyTo(WEST).submit();
      // The user data takes minutes of EC2 time: a one-minute wait, on the virtual clock, ends inside it.
      catchThrowableOfType(AmiTimeoutException.class, () -> p.await(Duration.ofMinutes(1)));
      assertThat(p.state()).isEqualTo(Pending.State.RUNNING);
      int mark = w.world.mutations().size();

      assertThat(p.cancel()).isTrue();
      AmiBakeFailedException e = catchThrowableOfType(AmiBakeFailedException.class, p::await);

      assertThat(p.state()).isEqualTo(Pending.State.CANCELLED);
      assertThat(e.stage()).isIn(BakeStage.LAUNCH, BakeStage.CUSTOMIZE);
      BakeResult r = e.result();
      assertThat(r.stage(e.stage()).outcome()).isEqualTo(Outcome.CANCELLED);
      for (BakeStage later : List.of(BakeStage.CREATE_IMAGE, BakeStage.COPY, BakeStage.SHARE,
          BakeStage.RETIRE_SETTINGS)) {
        assertThat(r.stage(later).outcome()).as(later.name()).isEqualTo(Outcome.NOT_RUN);
      }
      assertThat(w.world.mutations().since(mark)).as("what the world saw after the cancel")
          .extracting(m -> m.action()).doesNotContain("CreateImage", "CopyImage", "ModifyImageAttribute")
          .contains("TerminateInstances");
      w.assertNothingLeftBehind(r);
    }
  }
}
