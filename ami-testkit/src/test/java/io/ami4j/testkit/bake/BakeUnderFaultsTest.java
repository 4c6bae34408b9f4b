package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.SOUTH;
import static io.ami4j.testkit.bake.BakeWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiBakeFailedException;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStage;
import io.ami4j.Pending;
import io.ami4j.model.AccountId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.StateReason;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A bake through EC2's throttling, random 500s and 503s, and eventual consistency of new images. */
class BakeUnderFaultsTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void succeedsAndLeavesNothingButWhatItReports(long seed) {
    FaultingProvider[] faulty = new FaultingProvider[1];
    try (BakeWorld w = new BakeWorld(Timing.defaults(), (world, p) -> {
      faulty[0] = FaultingProvider.wrap(p, FaultPlan.builder().ec2Throttling().seed(seed)
          .probability(FaultKind.INTERNAL_ERROR, 0.05).probability(FaultKind.UNAVAILABLE, 0.05)
          .consistencyLag(Duration.ZERO, Duration.ofSeconds(5)).build(), world.clock());
      return faulty[0];
    })) {
      BakeResult r = w.bake().copyTo(WEST, SOUTH).shareWith(LaunchPermission.account(AccountId.of("222222222222")))
          .shareSnapshots().deprecateAfter(Duration.ofDays(30)).protect(false).submit().await();

      assertThat(r.succeeded()).isTrue();
      assertThat(faulty[0].stats().injectedFaults()).isPositive();
      assertThat(r.copies()).containsOnlyKeys(WEST, SOUTH);
      w.assertNothingLeftBehind(r);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void aCopyThatFailsUnderFaultsIsStillRolledBackCompletely(long seed) {
    try (BakeWorld w = new BakeWorld(Timing.defaults(), (world, p) -> FaultingProvider.wrap(p, FaultPlan.builder()
        .ec2Throttling().seed(seed).probability(FaultKind.INTERNAL_ERROR, 0.05)
        .probability(FaultKind.UNAVAILABLE, 0.05).consistencyLag(Duration.ZERO, Duration.ofSeconds(5)).build(),
        world.clock()))) {
      Pending<BakeResult> p = w.bake().copyTo(WEST, SOUTH).listener(ev -> {
        if (BakeStage.of(ev).orElse(null) == BakeStage.CREATE_IMAGE && ev.state().equals("succeeded")) {
          w.world.failNextImage(StateReason.of("Client.CopyFailed", "Client.CopyFailed: snapshot copy failed"));
        }
      }).submit();

      AmiBakeFailedException e = catchThrowableOfType(AmiBakeFailedException.class, p::await);

      assertThat(e.stage()).isEqualTo(BakeStage.COPY);
      w.assertNothingLeftBehind(e.result());
    }
  }
}
