package io.ami4j.testkit.bulk;

import static io.ami4j.testkit.bulk.BulkWorld.EAST;
import static io.ami4j.testkit.bulk.BulkWorld.ME;
import static io.ami4j.testkit.bulk.BulkWorld.OTHER;
import static io.ami4j.testkit.bulk.BulkWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.cleanup.FleetCleanup;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A cleanup across a fleet: two accounts × two regions, one client per account, one combined plan
 * and report; each account's calls go to its own provider and buckets.
 */
class FleetCleanupTest {
  private final BulkWorld w = new BulkWorld(Timing.builder().registerImage(Duration.ZERO).build());

  @AfterEach
  void close() {
    w.close();
  }

  @Test
  void oneCombinedPlanAndReportForEveryAccountAndRegion() {
    Map<AccountId, List<ImageId>> made = new HashMap<>();
    for (AccountId a : List.of(ME, OTHER)) {
      for (Region r : List.of(EAST, WEST)) {
        for (int d = 1; d <= 4; d++) {
          made.computeIfAbsent(a, k -> new ArrayList<>())
              .add(w.image(a, r, String.format("web-2026-10-%02d", d), 1, Map.of()));
          w.advance(Duration.ofMinutes(1));
        }
      }
    }
    FaultingProvider mine = w.provider(ME, FaultPlan.builder().ec2Throttling().build());
    FaultingProvider other = w.provider(OTHER, FaultPlan.builder().ec2Throttling().build());
    Map<AccountId, AmiClient> clients = Map.of(ME, w.client(mine), OTHER, w.client(other));
    int mark = w.world.mutations().size();

    CleanupPlan plan = FleetCleanup.of(clients, List.of(EAST, WEST))
        .policy(c -> c.matching(q -> q.ownedBy(Owner.SELF).named("web-*")).groupByNamePrefix().keepLatest(2))
        .plan();

    assertThat(w.world.mutations().since(mark)).isEmpty();
    assertThat(plan.entries()).hasSize(16);
    assertThat(plan.toDeregister()).hasSize(8);
    for (AccountId a : List.of(ME, OTHER)) {
      for (Region r : List.of(EAST, WEST)) {
        assertThat(plan.toDeregister()).filteredOn(e -> e.account().equals(a) && e.region().equals(r))
            .extracting(e -> e.image().name()).containsExactlyInAnyOrder("web-2026-10-01", "web-2026-10-02");
      }
    }
    assertThat(plan.toTable()).contains("ACCOUNT", ME.value(), OTHER.value());

    CleanupResult report = plan.execute();

    assertThat(report.deregistered()).hasSize(8);
    assertThat(report.kept()).hasSize(8);
    assertThat(report.snapshotsDeleted()).hasSize(8);
    for (CleanupResult.ImageResult r : report.images()) {
      Image now = w.world.image(r.region(), r.imageId()).orElseThrow();
      assertThat(now.ownerId()).isEqualTo(r.account());
      assertThat(now.state() == ImageState.DEREGISTERED)
          .isEqualTo(r.outcome() == CleanupResult.ImageOutcome.DEREGISTERED);
    }
    // Each account's work went through its own provider: 2 regions × 2 images each.
    assertThat(mine.stats().calls(Ec2Action.DEREGISTER_IMAGE)).isEqualTo(4);
    assertThat(other.stats().calls(Ec2Action.DEREGISTER_IMAGE)).isEqualTo(4);
  }

  @Test
  void aClientKeyedByTheWrongAccountIsRefused() {
    AmiClient mine = w.client(w.provider(ME, FaultPlan.none()));

    assertThatThrownBy(() -> FleetCleanup.of(Map.of(OTHER, mine), List.of(EAST))
        .policy(c -> c.matching(q -> q.ownedBy(Owner.SELF))).plan())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("serves account");
  }
}
