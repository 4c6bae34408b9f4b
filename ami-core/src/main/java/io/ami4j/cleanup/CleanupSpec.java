package io.ami4j.cleanup;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
import io.ami4j.ImageSearch;
import io.ami4j.ProgressListener;
import io.ami4j.internal.bulk.NotStartedException;
import io.ami4j.internal.cleanup.CleanupProgress;
import io.ami4j.internal.cleanup.Deregistrations;
import io.ami4j.internal.cleanup.Discovery;
import io.ami4j.internal.cleanup.Grouping;
import io.ami4j.internal.cleanup.Planner;
import io.ami4j.internal.cleanup.Policy;
import io.ami4j.internal.cleanup.Recheck;
import io.ami4j.internal.cleanup.Removal;
import io.ami4j.internal.cleanup.Verdict;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.engine.VerbAccess;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.time.Waits;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Cleans up images by policy: match the account's own images, group them, keep the newest of each
 * group and anything young or recently launched, and deregister the rest with their snapshots —
 * never an image in use (instances running or stopped, launch templates, anything
 * DescribeImageReferences names), a protected one, one still pending, or one of another owner.
 * {@link #plan()} only reads; the plan's {@link CleanupPlan#submit()} changes things.
 *
 * <pre>{@code
 * CleanupPlan plan = amis.cleanup()
 *     .matching(q -> q.ownedBy(Owner.SELF).named("web-*"))
 *     .groupByNamePrefix()                       // web-2026-11-01, web-2026-11-27 → group "web"
 *     .keepLatest(5)
 *     .keepYoungerThan(Duration.ofDays(30))
 *     .keepLaunchedWithin(Duration.ofDays(7))
 *     .plan();
 * System.out.print(plan.toTable());
 * CleanupResult report = plan.submit().await();
 * }</pre>
 *
 * <p>Bulk work runs at the account's rate limits: every call waits for a token of its region's
 * bucket (DeregisterImage refills at 5 per second on EC2), with {@code bulkConcurrency} calls in
 * flight, and stops at the deadline, reporting what was not done.
 */
public final class CleanupSpec {
  private final Engine engine;
  private final Supplier<ImageSearch> queries;
  private final Set<Region> regions = new LinkedHashSet<>();
  private Consumer<ImageSearch> matching;
  private Grouping grouping = Grouping.all();
  private Integer keepLatest;
  private Duration keepYoungerThan;
  private Duration keepLaunchedWithin;
  private boolean deleteSnapshots = true;
  private Duration deadline;

  static {
    VerbAccess.cleanupSpec(CleanupSpec::new);
  }

  CleanupSpec(Engine engine, Supplier<ImageSearch> queries) {
    this.engine = engine;
    this.queries = queries;
  }

  /**
   * Which images the cleanup looks at: a query that names the owner — {@link Owner#SELF} or the
   * caller's own account id — since a cleanup never touches another owner's images.
   *
   * @param query e.g. {@code q -> q.ownedBy(Owner.SELF).named("web-*")}
   * @return this spec
   */
  public CleanupSpec matching(Consumer<ImageSearch> query) {
    this.matching = Check.notNull("matching", query);
    return this;
  }

  /**
   * The regions to clean up (default: the client's region).
   *
   * @param regions one or more regions
   * @return this spec
   */
  public CleanupSpec in(Region... regions) {
    Check.that(Check.notNull("regions", regions).length > 0, "regions", regions.length, "must name at least one region");
    for (Region r : regions) {
      this.regions.add(Check.notNull("region", r));
    }
    return this;
  }

  /**
   * The regions to clean up.
   *
   * @param regions one or more regions
   * @return this spec
   */
  public CleanupSpec in(java.util.Collection<Region> regions) {
    return in(Check.notNull("regions", regions).toArray(new Region[0]));
  }

  /**
   * Groups images by the part of the name before its date: {@code web-2026-11-27} and
   * {@code web-20261101} are both in group {@code web}. A name without a date is its own group.
   *
   * @return this spec
   */
  public CleanupSpec groupByNamePrefix() {
    this.grouping = Grouping.namePrefixBeforeDate();
    return this;
  }

  /**
   * Groups images by the first capture group of a pattern matching the whole name; a name the
   * pattern does not match is its own group.
   *
   * @param regex e.g. {@code (.*)-build-\d+}
   * @return this spec
   */
  public CleanupSpec groupByName(String regex) {
    Check.notNull("regex", regex);
    try {
      this.grouping = Grouping.nameRegex(Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      throw new AmiValidationException("regex", regex, "is not a valid regular expression: " + e.getDescription());
    }
    return this;
  }

  /**
   * Groups images by the value of a tag; an untagged image is its own group.
   *
   * @param key e.g. {@code app}
   * @return this spec
   */
  public CleanupSpec groupByTag(String key) {
    Check.that(key != null && !key.isEmpty(), "tagKey", key, "must not be empty");
    this.grouping = Grouping.tag(key);
    return this;
  }

  /**
   * Keeps the newest {@code n} available images of each group (all images form one group unless
   * a {@code groupBy…} says otherwise).
   *
   * @param n zero or more
   * @return this spec
   */
  public CleanupSpec keepLatest(int n) {
    this.keepLatest = Check.inRange("keepLatest", n, 0, 100_000);
    return this;
  }

  /**
   * Keeps images created less than {@code age} ago.
   *
   * @param age zero or more
   * @return this spec
   */
  public CleanupSpec keepYoungerThan(Duration age) {
    Check.that(age != null && !age.isNegative(), "keepYoungerThan", age, "must be zero or more");
    this.keepYoungerThan = age;
    return this;
  }

  /**
   * Deregisters only images older than {@code age}: the same rule as {@link #keepYoungerThan}, read
   * the other way round.
   *
   * @param age zero or more
   * @return this spec
   */
  public CleanupSpec olderThan(Duration age) {
    return keepYoungerThan(age);
  }

  /**
   * Keeps images launched less than {@code within} ago ({@code lastLaunchedTime}, which EC2
   * updates within a day).
   *
   * @param within zero or more
   * @return this spec
   */
  public CleanupSpec keepLaunchedWithin(Duration within) {
    Check.that(within != null && !within.isNegative(), "keepLaunchedWithin", within, "must be zero or more");
    this.keepLaunchedWithin = within;
    return this;
  }

  /**
   * Deletes each deregistered image's snapshots in the same DeregisterImage call (the default;
   * EC2 skips, and the report names, a snapshot another image still uses).
   *
   * @return this spec
   */
  public CleanupSpec deleteSnapshots() {
    this.deleteSnapshots = true;
    return this;
  }

  /**
   * Deregisters images but leaves their snapshots (by default they are deleted in the same
   * DeregisterImage call).
   *
   * @return this spec
   */
  public CleanupSpec keepSnapshots() {
    this.deleteSnapshots = false;
    return this;
  }

  /**
   * How long planning, and later executing, may take (default: the wait policy's timeout). Work
   * not started by then is reported as not done.
   *
   * @param limit greater than zero
   * @return this spec
   */
  public CleanupSpec deadline(Duration limit) {
    Check.that(limit != null && !limit.isNegative() && !limit.isZero(), "deadline", limit,
        "must be greater than zero");
    this.deadline = limit;
    return this;
  }

  /**
   * This policy across a fleet: every account of {@code clients}, each through its own client (its
   * own credentials, token buckets and bulk concurrency), in this spec's regions (default: this
   * client's region). The client this spec came from takes part only when it is among
   * {@code clients}.
   *
   * <pre>{@code
   * CleanupPlan plan = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("web-*")).keepLatest(3)
   *     .in(Region.of("us-east-1"), Region.of("eu-west-1"))
   *     .acrossAccounts(Map.of(prod, prodClient, dev, devClient))
   *     .plan();
   * }</pre>
   *
   * @param clients one client per account, keyed by the account it serves
   * @return the fleet's cleanup
   * @throws AmiValidationException when {@code clients} is empty or holds a null
   */
  public FleetCleanup acrossAccounts(Map<AccountId, AmiClient> clients) {
    Check.that(clients != null && !clients.isEmpty(), "clients", clients, "must name at least one account");
    clients.forEach((a, c) -> {
      Check.notNull("account", a);
      Check.notNull("client", c);
    });
    List<Region> where = regions.isEmpty() ? List.of(engine.defaultRegion()) : List.copyOf(regions);
    return new FleetCleanup(new java.util.LinkedHashMap<>(clients), where, this::copyInto);
  }

  /** Gives another account's spec this policy (its regions are set by the fleet). */
  private void copyInto(CleanupSpec other) {
    other.matching = matching;
    other.grouping = grouping;
    other.keepLatest = keepLatest;
    other.keepYoungerThan = keepYoungerThan;
    other.keepLaunchedWithin = keepLaunchedWithin;
    other.deleteSnapshots = deleteSnapshots;
    other.deadline = deadline;
  }

  /**
   * Plans the cleanup with read-only calls: who the caller is, the matching images, and what uses
   * the images that would go.
   *
   * @return the plan
   * @throws AmiValidationException when the query names no owner, or another owner
   */
  public CleanupPlan plan() {
    return engine.runner().join(planAsync());
  }

  /** The waits of this spec's client, for a fleet's plan. */
  Waits waits() {
    return engine.runner().waits();
  }

  CompletableFuture<CleanupPlan> planAsync() {
    Check.that(matching != null, "matching", null,
        "must be given: cleanup().matching(q -> q.ownedBy(Owner.SELF).named(\"web-*\"))");
    ImageSearch search = queries.get();
    matching.accept(search);
    ImageQuery query = search.toQuery();
    if (query.owners().isEmpty()) {
      throw new AmiValidationException("owner", (Object) null, "must be named for a cleanup:"
          + " add .ownedBy(Owner.SELF); a cleanup only ever touches the account's own images");
    }
    for (Owner o : query.owners()) {
      Check.that(o.equals(Owner.SELF) || o.isAccount(), "owner", o,
          "must be Owner.SELF or the account's own id: a cleanup only ever touches the account's own images");
    }
    List<Region> where = regions.isEmpty() ? List.of(engine.defaultRegion()) : List.copyOf(regions);
    Policy policy = new Policy(grouping, keepLatest, keepYoungerThan, keepLaunchedWithin);
    Duration limit = deadline != null ? deadline : engine.waitPolicy().timeout();
    Discovery discovery = new Discovery(engine.provider(), engine.bulk(), engine.clock().instant().plus(limit));
    // Who the caller is and which images match are asked at once; nothing is decided before both.
    CompletableFuture<AccountId> caller = discovery.caller(where.get(0)).thenApply(me -> {
      for (Owner o : query.owners()) {
        Check.that(!o.isAccount() || o.value().equals(me.value()), "owner", o,
            "is not the caller's account " + me + ": a cleanup only ever touches the account's own images");
      }
      return me;
    });
    List<CompletableFuture<List<CleanupPlan.Entry>>> perRegion = new ArrayList<>();
    for (Region r : where) {
      CompletableFuture<List<Image>> images = discovery.images(r, query);
      perRegion.add(caller.thenCombine(images, (me, found) -> planRegion(discovery, me, r, found, policy))
          .thenCompose(f -> f));
    }
    return CompletableFuture.allOf(perRegion.toArray(new CompletableFuture<?>[0])).thenApply(v -> {
      List<CleanupPlan.Entry> all = new ArrayList<>();
      perRegion.forEach(f -> all.addAll(f.join()));
      boolean withSnapshots = deleteSnapshots;
      CleanupPlan.Runner runner = (entries, also) -> run(entries, limit, withSnapshots, also);
      return new CleanupPlan(all, engine.clock().instant(), Map.of(caller.join(), runner), engine.clock(),
          engine.runner().waits());
    });
  }

  private CompletableFuture<List<CleanupPlan.Entry>> planRegion(Discovery discovery, AccountId caller, Region region,
      List<Image> images, Policy policy) {
    Instant now = engine.clock().instant();
    List<Verdict> first = Planner.decide(images, caller, policy, now);
    return discovery.users(region, Planner.candidates(first)).thenApply(users -> {
      List<CleanupPlan.Entry> out = new ArrayList<>();
      for (Verdict v : Planner.withUsage(first, users)) {
        out.add(new CleanupPlan.Entry(caller, region, v.image(), v.group(), v.reason(), v.detail(), deleteSnapshots));
      }
      return out;
    });
  }

  private CompletableFuture<List<CleanupResult.ImageResult>> run(List<CleanupPlan.Entry> entries, Duration limit,
      boolean withSnapshots, ProgressListener also) {
    Progress progress = engine.progress("Cleanup");
    progress.add(also);
    Instant until = engine.clock().instant().plus(limit);
    Deregistrations deregistrations = new Deregistrations(engine.provider(), engine.bulk(), engine.runner());
    Recheck recheck = new Recheck(new Discovery(engine.provider(), engine.bulk(), until));
    Map<CleanupPlan.Entry, CompletableFuture<CleanupResult.ImageResult>> started = new java.util.HashMap<>();
    // Oldest first: when the deadline cuts the work short, what is left undone is the newest.
    List<CleanupPlan.Entry> oldestFirst = new ArrayList<>(entries);
    oldestFirst.sort(java.util.Comparator.comparing((CleanupPlan.Entry e) -> e.image().creationDate()));
    CleanupProgress steps = new CleanupProgress((int) entries.stream().filter(CleanupPlan.Entry::deregister).count(),
        engine.clock());
    Map<Region, List<CleanupPlan.Entry>> byRegion = new java.util.LinkedHashMap<>();
    for (CleanupPlan.Entry e : oldestFirst) {
      if (e.deregister()) {
        byRegion.computeIfAbsent(e.region(), r -> new ArrayList<>()).add(e);
        started.put(e, new CompletableFuture<>());
      }
    }
    // What the plan decided may be stale: each region's images are checked again right before their
    // deregistrations, in batches that grow; each batch is checked while the one before it is at work
    // (once the one before that has settled), so that its facts are fresh and the deregistrations
    // need not wait for them.
    byRegion.forEach((region, list) -> {
      Map<io.ami4j.model.ImageId, CleanupPlan.Entry> byId = new java.util.HashMap<>();
      list.forEach(e -> byId.put(e.imageId(), e));
      recheck.inBatches(region, list.stream().map(CleanupSpec::verdict).collect(java.util.stream.Collectors.toList()),
          list.get(0).account(), java.util.Optional.ofNullable(keepLaunchedWithin), () -> engine.clock().instant(),
          (batch, fresh, err) -> {
            CompletableFuture<Void> all = new CompletableFuture<>();
            java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(batch.size());
            Runnable one = () -> {
              if (left.decrementAndGet() == 0) {
                all.complete(null);
              }
            };
            for (Verdict planned : batch) {
              CleanupPlan.Entry e = byId.get(planned.image().id());
              CompletableFuture<CleanupResult.ImageResult> out = started.get(e);
              if (err != null) {
                String why = err instanceof NotStartedException ? err.getMessage()
                    : "not deregistered: checking its usage again before deregistering failed: " + err.getMessage();
                progress.reportItem(e.imageId().value(), "not_done", why);
                steps.done(CleanupResult.ImageOutcome.NOT_DONE);
                out.complete(result(e, new Removal(e.imageId(), CleanupResult.ImageOutcome.NOT_DONE, why,
                    e.image().snapshotIds().stream().map(sn -> new Removal.Fate(sn,
                        CleanupResult.SnapshotOutcome.NOT_DONE, "the image was not deregistered"))
                        .collect(java.util.stream.Collectors.toList()))));
                one.run();
                continue;
              }
              Verdict now = fresh.get(e.imageId());
              if (!now.deregister()) {
                progress.reportItem(e.imageId().value(), "kept", now.detail());
                steps.done(CleanupResult.ImageOutcome.KEPT);
                out.complete(CleanupResult.image(e.account(), e.region(), e.imageId(), e.image().name(),
                    CleanupResult.ImageOutcome.KEPT, now.reason(), now.detail(), List.of()));
                one.run();
              } else {
                deregistrations.deregister(e.region(), e.image(), withSnapshots, until).thenApply(r -> {
                  progress.reportItem(e.imageId().value(), r.outcome().name().toLowerCase(java.util.Locale.ROOT),
                      r.detail());
                  steps.done(r.outcome());
                  return result(e, r);
                }).whenComplete((r, x) -> {
                  one.run();
                  if (x != null) {
                    out.completeExceptionally(x);
                  } else {
                    out.complete(r);
                  }
                });
              }
            }
            return all;
          }).whenComplete((v, x) -> {
            if (x != null) {
              // Only a bug can get here; fail what was not settled rather than hang.
              list.forEach(e -> started.get(e).completeExceptionally(x));
            }
          });
    });
    List<CompletableFuture<CleanupResult.ImageResult>> results = new ArrayList<>();
    for (CleanupPlan.Entry e : entries) {
      results.add(e.deregister() ? started.get(e) : CompletableFuture.completedFuture(CleanupResult.image(
          e.account(), e.region(), e.imageId(), e.image().name(), CleanupResult.ImageOutcome.KEPT, e.reason(),
          e.detail(), List.of())));
    }
    return CompletableFuture.allOf(results.toArray(new CompletableFuture<?>[0])).thenApply(v -> {
      List<CleanupResult.ImageResult> out = new ArrayList<>();
      results.forEach(f -> out.add(f.join()));
      return out;
    });
  }

  private static Verdict verdict(CleanupPlan.Entry e) {
    return new Verdict(e.image(), e.group(), e.reason(), e.detail());
  }

  private static CleanupResult.ImageResult result(CleanupPlan.Entry e, Removal r) {
    List<CleanupResult.SnapshotResult> snaps = new ArrayList<>();
    for (Removal.Fate f : r.snapshots()) {
      snaps.add(CleanupResult.SnapshotResult.of(f.snapshot(), f.outcome(), f.detail()));
    }
    return CleanupResult.image(e.account(), e.region(), e.imageId(), e.image().name(), r.outcome(),
        e.reason(), r.detail(), snaps);
  }
}
