package io.ami4j.testkit.bulk;

import static io.ami4j.testkit.bulk.BulkWorld.EAST;
import static io.ami4j.testkit.bulk.BulkWorld.ME;
import static io.ami4j.testkit.bulk.BulkWorld.OTHER;
import static io.ami4j.testkit.bulk.BulkWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiClient;
import io.ami4j.AmiStateException;
import io.ami4j.AmiValidationException;
import io.ami4j.Pending;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupResult;
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

    CleanupPlan plan = clients.get(ME).cleanup()
        .matching(q -> q.ownedBy(Owner.SELF).named("web-*")).groupByNamePrefix().keepLatest(2).in(EAST, WEST)
        .acrossAccounts(clients)
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

    List<String> events = new ArrayList<>();
    Pending<CleanupResult> running = plan.submit().onProgress(e -> events.add(e.resource()));
    CleanupResult report = running.await();

    // Every account's progress reaches the plan's handle.
    assertThat(running.state()).isEqualTo(Pending.State.SUCCEEDED);
    assertThat(running.lastProgress()).isPresent();
    assertThat(events).containsAll(made.get(OTHER).subList(0, 2).stream().map(ImageId::value).toList());
    assertThatThrownBy(plan::submit).isInstanceOf(AmiStateException.class).hasMessageContaining("submitted already");

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
  void theFleetTakesTheSpecsRegionsOrElseItsClientsRegion() {
    AmiClient mine = w.client(w.provider(ME, FaultPlan.none()));
    for (Region r : List.of(EAST, WEST)) {
      w.image(ME, r, "old-" + r, 1, Map.of());
    }

    // planned where the spec says, or else in the client's region only
    assertThat(mine.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("old-*")).keepLatest(0)
        .acrossAccounts(Map.of(ME, mine)).plan().toDeregister()).extracting(e -> e.region())
        .containsExactly(mine.region());
    assertThat(mine.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("old-*")).keepLatest(0).in(EAST, WEST)
        .acrossAccounts(Map.of(ME, mine)).plan().toDeregister()).extracting(e -> e.region())
        .containsExactlyInAnyOrder(EAST, WEST);

    assertThat(mine.cleanup().matching(q -> q.ownedBy(Owner.SELF)).acrossAccounts(Map.of(ME, mine)).toString())
        .contains("regions=[" + mine.region() + "]");
    assertThat(mine.cleanup().in(EAST, WEST).acrossAccounts(Map.of(ME, mine)).toString())
        .contains("regions=[" + EAST + ", " + WEST + "]");
    assertThatThrownBy(() -> mine.cleanup().acrossAccounts(Map.of()))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("clients");
  }

  @Test
  void aClientKeyedByTheWrongAccountIsRefused() {
    AmiClient mine = w.client(w.provider(ME, FaultPlan.none()));

    assertThatThrownBy(() -> mine.cleanup().matching(q -> q.ownedBy(Owner.SELF)).in(EAST)
        .acrossAccounts(Map.of(OTHER, mine)).plan())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("serves account");
  }
}
