package io.ami4j.cleanup;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
import io.ami4j.internal.time.Waits;
import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One cleanup policy across a fleet: several accounts, each through its own {@link AmiClient}
 * (its own credentials, token buckets and bulk concurrency), and several regions, all planned
 * and run at once, with one combined {@link CleanupPlan} and {@link CleanupResult}. Each
 * account and region runs at its own rate limits, so a slow account does not hold up the others.
 * Made by {@link CleanupSpec#acrossAccounts(Map)}, with that spec's policy and regions.
 *
 * <pre>{@code
 * CleanupPlan plan = amis.cleanup()
 *     .matching(q -> q.ownedBy(Owner.SELF).named("web-*")).groupByNamePrefix().keepLatest(3)
 *     .in(Region.of("us-east-1"), Region.of("eu-west-1"))
 *     .acrossAccounts(Map.of(prod, prodClient, dev, devClient))
 *     .plan();
 * System.out.print(plan.toTable());
 * CleanupResult result = plan.submit().await();
 * }</pre>
 */
public final class FleetCleanup {
  private final Map<AccountId, AmiClient> clients;
  private final List<Region> regions;
  private final Consumer<CleanupSpec> policy;

  FleetCleanup(Map<AccountId, AmiClient> clients, List<Region> regions, Consumer<CleanupSpec> policy) {
    this.clients = clients;
    this.regions = regions;
    this.policy = policy;
  }

  /**
   * Plans every account and region at once, with read-only calls.
   *
   * @return the combined plan
   * @throws AmiValidationException when the policy names no owner, or a client serves another account than its key
   */
  public CleanupPlan plan() {
    Map<AccountId, CompletableFuture<CleanupPlan>> plans = new LinkedHashMap<>();
    Waits waits = null;
    for (Map.Entry<AccountId, AmiClient> client : clients.entrySet()) {
      CleanupSpec spec = client.getValue().cleanup();
      policy.accept(spec);
      spec.in(regions);
      plans.put(client.getKey(), spec.planAsync());
      waits = waits == null ? spec.waits() : waits;
    }
    waits.join(CompletableFuture.allOf(plans.values().toArray(new CompletableFuture<?>[0]))
        .handle((v, e) -> null));
    List<CleanupPlan.Entry> entries = new ArrayList<>();
    Map<AccountId, CleanupPlan.Runner> runners = new LinkedHashMap<>();
    Instant planned = null;
    CleanupPlan first = null;
    for (Map.Entry<AccountId, CompletableFuture<CleanupPlan>> e : plans.entrySet()) {
      CleanupPlan p = waits.join(e.getValue());
      if (!p.runners().containsKey(e.getKey())) {
        throw new AmiValidationException("clients", e.getKey(), "maps to a client that serves account "
            + p.runners().keySet() + ": key each client by the account it serves");
      }
      entries.addAll(p.entries());
      runners.putAll(p.runners());
      planned = planned == null || p.plannedAt().isAfter(planned) ? p.plannedAt() : planned;
      first = first == null ? p : first;
    }
    return new CleanupPlan(entries, planned, runners, first.clock(), waits);
  }

  @Override
  public String toString() {
    return "FleetCleanup[accounts=" + clients.keySet() + ", regions=" + regions + "]";
  }
}
