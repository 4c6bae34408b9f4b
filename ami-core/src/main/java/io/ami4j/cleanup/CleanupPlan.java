package io.ami4j.cleanup;

import io.ami4j.AmiStateException;
import io.ami4j.Pending;
import io.ami4j.ProgressListener;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.pending.PendingOperation;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.time.Waits;
import io.ami4j.internal.cleanup.JsonWriter;
import io.ami4j.internal.cleanup.TextTable;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * What a cleanup would do, image by image, and why: made by {@link CleanupSpec#plan()} (or
 * {@link FleetCleanup#plan()}) with read-only calls only. Inspect it, print it
 * ({@link #toTable()}, {@link #toJson()}), then {@link #submit()} it — or drop it, and nothing
 * has changed.
 *
 * <pre>{@code
 * CleanupPlan plan = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("web-*"))
 *     .groupByNamePrefix().keepLatest(5).keepYoungerThan(Duration.ofDays(30)).plan();
 * System.out.print(plan.toTable());
 * if (plan.toDeregister().size() < 100) {
 *   CleanupResult result = plan.submit().await();
 * }
 * }</pre>
 */
public final class CleanupPlan {
  /** One matched image: what happens to it, and why. */
  public static final class Entry {
    private final AccountId account;
    private final Region region;
    private final Image image;
    private final String group;
    private final CleanupReason reason;
    private final String detail;
    private final List<SnapshotId> snapshotsToDelete;

    Entry(AccountId account, Region region, Image image, String group, CleanupReason reason, String detail,
        boolean deleteSnapshots) {
      this.account = account;
      this.region = region;
      this.image = image;
      this.group = group;
      this.reason = reason;
      this.detail = detail;
      this.snapshotsToDelete = !reason.keeps() && deleteSnapshots ? List.copyOf(image.snapshotIds()) : List.of();
    }

    /** The account that owns the plan's client. */
    public AccountId account() {
      return account;
    }

    /** The image's region. */
    public Region region() {
      return region;
    }

    /** The image as DescribeImages showed it when planning. */
    public Image image() {
      return image;
    }

    /** The image id. */
    public ImageId imageId() {
      return image.id();
    }

    /** The group the image was ranked in. */
    public String group() {
      return group;
    }

    /** Whether the image is to be deregistered. */
    public boolean deregister() {
      return !reason.keeps();
    }

    /** Why it goes or stays. */
    public CleanupReason reason() {
      return reason;
    }

    /** The particulars: its rank, its age, what uses it. */
    public String detail() {
      return detail;
    }

    /** The snapshots DeregisterImage is to delete with it (EC2 skips those another image uses). */
    public List<SnapshotId> snapshotsToDelete() {
      return snapshotsToDelete;
    }

    @Override
    public String toString() {
      return (deregister() ? "deregister " : "keep ") + image.id() + " (" + image.name() + ") in " + region
          + ": " + reason.label() + ", " + detail;
    }
  }

  /** Runs the entries of one account; supplied by the spec that made them. */
  interface Runner {
    CompletableFuture<List<CleanupResult.ImageResult>> run(List<Entry> entries, ProgressListener also);
  }

  private final List<Entry> entries;
  private final Instant plannedAt;
  private final Map<AccountId, Runner> runners;
  private final Clock clock;
  private final Waits waits;
  private boolean submitted;

  CleanupPlan(List<Entry> entries, Instant plannedAt, Map<AccountId, Runner> runners, Clock clock, Waits waits) {
    this.clock = clock;
    this.waits = waits;
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((Entry e) -> e.account.value()).thenComparing(e -> e.region)
        .thenComparing(e -> e.group).thenComparing((Entry e) -> e.image.creationDate(), Comparator.reverseOrder())
        .thenComparing(e -> e.image.id().value()));
    this.entries = List.copyOf(sorted);
    this.plannedAt = plannedAt;
    this.runners = Map.copyOf(runners);
  }

  Waits waits() {
    return waits;
  }

  Map<AccountId, Runner> runners() {
    return runners;
  }

  Clock clock() {
    return clock;
  }

  /** Every matched image, by account, region, group and newest first. */
  public List<Entry> entries() {
    return entries;
  }

  /** The images to deregister. */
  public List<Entry> toDeregister() {
    return entries.stream().filter(Entry::deregister).collect(Collectors.toList());
  }

  /** The images that stay, each with its reason. */
  public List<Entry> kept() {
    return entries.stream().filter(e -> !e.deregister()).collect(Collectors.toList());
  }

  /** The snapshots to delete along with their images. */
  public List<SnapshotId> snapshotsToDelete() {
    return entries.stream().flatMap(e -> e.snapshotsToDelete().stream()).collect(Collectors.toList());
  }

  /** When the plan was made (the time its age rules were read at). */
  public Instant plannedAt() {
    return plannedAt;
  }

  /** How many images stay, per reason. */
  public Map<CleanupReason, Long> keptByReason() {
    Map<CleanupReason, Long> m = new LinkedHashMap<>();
    for (CleanupReason r : CleanupReason.values()) {
      long n = entries.stream().filter(e -> e.reason == r && r.keeps()).count();
      if (n > 0) {
        m.put(r, n);
      }
    }
    return m;
  }

  /**
   * Deregisters the images to deregister (and their snapshots, if the spec said so), each account
   * on its own client, at its own rate limits, until done or the deadline passes. Right before,
   * the images are described and their usage asked again, in batches that grow (50, 100, then 200
   * images), each checked while the batch before it is deregistered: an image that has since come
   * into use, been protected or left a settled state is reported
   * {@link CleanupResult.ImageOutcome#KEPT} with that reason, and when the check of a batch fails
   * nothing of that batch is deregistered ({@link CleanupResult.ImageOutcome#NOT_DONE}).
   *
   * <p>The handle's progress has an event per image; {@link Pending#cancel()} stops waiting, while
   * the deregistrations already started go on.
   *
   * <pre>{@code CleanupResult result = plan.submit().await(); }</pre>
   *
   * @return the running cleanup: what was done to each image and snapshot, and what was not
   * @throws AmiStateException when the plan was submitted before
   */
  public synchronized Pending<CleanupResult> submit() {
    if (submitted) {
      throw new AmiStateException("ami4j.PlanSubmitted", "This cleanup plan was submitted already: plan again,"
          + " as the images have changed since", null);
    }
    submitted = true;
    Instant started = clock.instant();
    Progress progress = new Progress("Cleanup", clock, List.of());
    Map<AccountId, List<Entry>> byAccount = new LinkedHashMap<>();
    for (Entry e : entries) {
      byAccount.computeIfAbsent(e.account, a -> new ArrayList<>()).add(e);
    }
    List<CompletableFuture<List<CleanupResult.ImageResult>>> runs = new ArrayList<>();
    byAccount.forEach((account, list) -> runs.add(runners.get(account).run(list, progress::relay)));
    CompletableFuture<CleanupResult> result = CompletableFuture.allOf(runs.toArray(new CompletableFuture<?>[0]))
        .thenApply(v -> {
          List<CleanupResult.ImageResult> all = new ArrayList<>();
          runs.forEach(r -> all.addAll(r.join()));
          return CleanupResult.builder().images(all).started(started).finished(clock.instant()).build();
        });
    return new PendingOperation<>(result, progress, waits);
  }

  /** The plan as a text table: one row per image, what happens and why. */
  public String toTable() {
    boolean accounts = entries.stream().map(e -> e.account).distinct().count() > 1;
    TextTable t = accounts ? new TextTable("ACCOUNT", "REGION", "ACTION", "IMAGE", "NAME", "CREATED", "GROUP",
        "REASON", "DETAIL") : new TextTable("REGION", "ACTION", "IMAGE", "NAME", "CREATED", "GROUP", "REASON",
        "DETAIL");
    for (Entry e : entries) {
      String action = e.deregister() ? "DEREGISTER" : "keep";
      String[] cells = {e.region.name(), action, e.image.id().value(), e.image.name(),
          e.image.creationDate().toString(), e.group, e.reason.label(), e.detail};
      if (accounts) {
        String[] withAccount = new String[cells.length + 1];
        withAccount[0] = e.account.value();
        System.arraycopy(cells, 0, withAccount, 1, cells.length);
        cells = withAccount;
      }
      t.row(cells);
    }
    return t + summary() + "\n";
  }

  /** One line: how many go, how many stay and why, how many snapshots go. */
  public String summary() {
    return toDeregister().size() + " to deregister, " + kept().size() + " kept " + keptByReason().entrySet().stream()
        .map(e -> e.getKey().label() + "=" + e.getValue()).collect(Collectors.joining(", ", "(", ")"))
        + ", " + snapshotsToDelete().size() + " snapshots to delete";
  }

  /** The plan as a JSON document. */
  public String toJson() {
    JsonWriter j = new JsonWriter().beginObject();
    j.member("plannedAt", plannedAt.toString());
    j.member("toDeregister", toDeregister().size()).member("kept", kept().size())
        .member("snapshotsToDelete", snapshotsToDelete().size());
    j.name("images").beginArray();
    for (Entry e : entries) {
      j.beginObject().member("account", e.account.value()).member("region", e.region.name())
          .member("imageId", e.image.id().value()).member("name", e.image.name())
          .member("created", e.image.creationDate().toString()).member("state", e.image.state().wireValue())
          .member("group", e.group).member("action", e.deregister() ? "deregister" : "keep")
          .member("reason", e.reason.label()).member("detail", e.detail);
      j.name("snapshotsToDelete").beginArray();
      e.snapshotsToDelete.forEach(s -> j.value(s.value()));
      j.endArray().endObject();
    }
    return j.endArray().endObject().toString() + "\n";
  }

  @Override
  public String toString() {
    return "CleanupPlan[" + summary() + "]";
  }
}
