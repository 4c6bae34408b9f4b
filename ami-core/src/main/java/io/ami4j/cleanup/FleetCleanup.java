package io.ami4j.cleanup;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
import io.ami4j.internal.time.Waits;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One cleanup policy across a fleet: several accounts, each through its own {@link AmiClient}
 * (its own credentials, token buckets and bulk concurrency), and several regions, all planned
 * and executed at once, with one combined {@link CleanupPlan} and {@link CleanupResult}. Each
 * account and region runs at its own rate limits, so a slow account does not hold up the others.
 *
 * <pre>{@code
 * CleanupPlan plan = FleetCleanup.of(Map.of(prod, prodClient, dev, devClient),
 *         List.of(Region.of("us-east-1"), Region.of("eu-west-1")))
 *     .policy(c -> c.matching(q -> q.ownedBy(Owner.SELF).named("web-*")).groupByNamePrefix().keepLatest(3))
 *     .plan();
 * System.out.print(plan.toTable());
 * CleanupResult report = plan.execute();
 * }</pre>
 */
public final class FleetCleanup {
  private final Map<AccountId, AmiClient> clients;
  private final List<Region> regions;
  private Consumer<CleanupSpec> policy;

  private FleetCleanup(Map<AccountId, AmiClient> clients, List<Region> regions) {
    this.clients = clients;
    this.regions = regions;
  }

  /**
   * A fleet.
   *
   * @param clients one client per account, keyed by the account it serves
   * @param regions the regions to clean up in every account
   * @return the fleet cleanup
   */
  public static FleetCleanup of(Map<AccountId, AmiClient> clients, Collection<Region> regions) {
    Check.that(clients != null && !clients.isEmpty(), "clients", clients, "must name at least one account");
    Check.that(regions != null && !regions.isEmpty(), "regions", regions, "must name at least one region");
    clients.forEach((a, c) -> {
      Check.notNull("account", a);
      Check.notNull("client", c);
    });
    regions.forEach(r -> Check.notNull("region", r));
    return new FleetCleanup(new LinkedHashMap<>(clients), List.copyOf(regions));
  }

  /**
   * The policy every account follows: the same calls as on {@link AmiClient#cleanup()}; the
   * regions are the fleet's.
   *
   * @param policy e.g. {@code c -> c.matching(q -> q.ownedBy(Owner.SELF)).keepLatest(3)}
   * @return this fleet cleanup
   */
  public FleetCleanup policy(Consumer<CleanupSpec> policy) {
    this.policy = Check.notNull("policy", policy);
    return this;
  }

  /**
   * Plans every account and region at once, with read-only calls.
   *
   * @return the combined plan
   * @throws AmiValidationException when no policy is set, or a client serves another account than its key
   */
  public CleanupPlan plan() {
    Check.that(policy != null, "policy", null, "must be given: policy(c -> c.matching(q -> q.ownedBy(Owner.SELF))…)");
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
