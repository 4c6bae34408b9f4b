package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.Filter;
import io.ami4j.model.Owner;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Call;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** DescribeSnapshots and DeleteSnapshot. */
final class Snapshots extends AccountOps {
  private static final Map<String, Function<Snapshot, List<String>>> FIELDS = Map.ofEntries(
      Map.entry("snapshot-id", s -> List.of(s.id().value())),
      Map.entry("owner-id", s -> List.of(s.ownerId().value())),
      Map.entry("status", s -> List.of(s.state().wireValue())),
      Map.entry("volume-id", s -> s.volumeId().map(v -> List.of(v.value())).orElse(List.of())),
      Map.entry("volume-size", s -> List.of(String.valueOf(s.volumeSize()))),
      Map.entry("description", s -> s.description().map(List::of).orElse(List.of())),
      Map.entry("encrypted", s -> List.of(String.valueOf(s.encrypted()))),
      Map.entry("kms-key-id", s -> s.kmsKey().map(k -> List.of(k.value())).orElse(List.of())),
      Map.entry("start-time", s -> List.of(ImageFilters.TIME.format(s.startTime()))),
      Map.entry("tag-key", s -> List.copyOf(s.tags().keySet())));

  Snapshots(World world, AccountId account) {
    super(world, account);
  }

  Page<Snapshot> describe(Call call, SnapshotQuery q, PageRequest page) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      if (!q.snapshotIds().isEmpty() && page.size().isPresent()) {
        throw w.error("InvalidParameterCombination",
            "The parameter snapshotSet cannot be used with the parameter maxResults");
      }
      page.size().ifPresent(s -> {
        if (s < 5 || s > 1000) {
          throw w.error("InvalidParameterValue",
              "Value ( " + s + " ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.");
        }
      });
      for (Filter f : q.filters()) {
        if (!f.name().startsWith("tag:") && !FIELDS.containsKey(f.name())) {
          throw w.error("InvalidParameterValue", "The filter '" + f.name() + "' is invalid");
        }
      }
      List<SnapshotRecord> candidates = new ArrayList<>();
      if (!q.snapshotIds().isEmpty()) {
        for (SnapshotId id : q.snapshotIds()) {
          SnapshotRecord s = r.snapshots.get(id);
          if (s == null || !s.usableBy(me)) {
            throw w.snapshotNotFound(id);
          }
          candidates.add(s);
        }
      } else {
        for (SnapshotRecord s : r.snapshots.values()) {
          if (s.usableBy(me)) {
            candidates.add(s);
          }
        }
      }
      List<Snapshot> out = new ArrayList<>();
      for (SnapshotRecord s : candidates) {
        if (!q.owners().isEmpty() && q.owners().stream().noneMatch(o -> ownedBy(s, o))) {
          continue;
        }
        Snapshot v = s.view(now, r.tagsOf(me, s.id.value()));
        if (matches(v, q.filters())) {
          out.add(v);
        }
      }
      return Paging.page(w, "DescribeSnapshots", out, page, 1000);
    }
  }

  void delete(Call call, SnapshotId id) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      SnapshotRecord s = r.snapshots.get(id);
      if (s == null || !s.usableBy(me)) {
        throw w.snapshotNotFound(id);
      }
      if (!s.owner.equals(me)) {
        throw w.error("UnauthorizedOperation", "You are not authorized to delete snapshot " + id
            + " (it belongs to account " + s.owner + ")");
      }
      List<ImageRecord> users = r.imagesUsing(id, now);
      if (!users.isEmpty()) {
        throw w.error("InvalidSnapshot.InUse", "The snapshot " + id + " is currently in use by " + users.get(0).id
            + (users.get(0).isRegistered() ? "" : " (in the Recycle Bin)"));
      }
      stopIfDryRun(call);
      r.snapshots.remove(id);
      r.dropTags(id.value());
      log(call, "DeleteSnapshot", id.value(), "deleted");
    }
  }

  private boolean ownedBy(SnapshotRecord s, Owner owner) {
    switch (owner.value()) {
      case "self":
        return s.owner.equals(me);
      case "amazon":
      case "aws-marketplace":
        return owner.value().equals(w.account(s.owner).alias);
      case "aws-backup-vault":
        return false;
      default:
        return s.owner.value().equals(owner.value());
    }
  }

  private static boolean matches(Snapshot s, List<Filter> filters) {
    for (Filter f : filters) {
      List<String> values;
      if (f.name().startsWith("tag:")) {
        String v = s.tags().get(f.name().substring(4));
        values = v == null ? List.of() : List.of(v);
      } else {
        values = FIELDS.get(f.name()).apply(s);
      }
      if (!ImageFilters.anyMatches(f.values(), values)) {
        return false;
      }
    }
    return true;
  }
}
