package io.ami4j.internal.cleanup;

import io.ami4j.cleanup.CleanupReason;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.WireValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, without any call, what a cleanup does to each image of one account and region: the
 * rules that keep an image are checked in a fixed order, and the first that applies is its
 * reason; an image no rule keeps is deregistered. Usage is asked for only after this first pass
 * ({@link #candidates}), for the images that would go, and applied by {@link #withUsage}.
 */
public final class Planner {
  private Planner() {}

  /**
   * The first pass: every rule but usage.
   *
   * @param images the matched images
   * @param caller the account that runs the cleanup
   * @param policy the rules
   * @param now the time the rules are read at
   * @return a verdict per image (deregistered images are left out), in creation order per group
   */
  public static List<Verdict> decide(List<Image> images, AccountId caller, Policy policy, Instant now) {
    Map<String, List<Image>> groups = new LinkedHashMap<>();
    for (Image i : images) {
      if (i.state() == ImageState.DEREGISTERED) {
        continue;
      }
      groups.computeIfAbsent(policy.grouping().keyOf(i), k -> new ArrayList<>()).add(i);
    }
    List<Verdict> out = new ArrayList<>();
    for (Map.Entry<String, List<Image>> g : groups.entrySet()) {
      List<Image> members = new ArrayList<>(g.getValue());
      members.sort(Comparator.comparing(Image::creationDate).reversed().thenComparing(i -> i.id().value()));
      Map<ImageId, Integer> rank = new HashMap<>();
      int r = 0;
      for (Image i : members) {
        // Only the caller's own, settled images count toward "the newest N": a pending build
        // must not push a good image out before it is known to work.
        if (i.ownerId().equals(caller) && countsTowardLatest(i.state())) {
          rank.put(i.id(), ++r);
        }
      }
      for (Image i : members) {
        out.add(verdict(i, g.getKey(), rank.get(i.id()), caller, policy, now));
      }
    }
    return out;
  }

  private static boolean countsTowardLatest(ImageState s) {
    return s == ImageState.AVAILABLE || s == ImageState.DISABLED;
  }

  private static Verdict verdict(Image i, String group, Integer rank, AccountId caller, Policy p, Instant now) {
    if (!i.ownerId().equals(caller)) {
      return new Verdict(i, group, CleanupReason.OTHER_OWNER, "owned by " + i.ownerId() + ", not by " + caller);
    }
    if (!i.state().isSettled()) {
      // A state ami4j does not know counts as unsettled: the image is kept, and EC2's text shown.
      return new Verdict(i, group, CleanupReason.NOT_SETTLED, "state " + stateText(i));
    }
    if (i.isDeregistrationProtectedAt(now)) {
      return new Verdict(i, group, CleanupReason.PROTECTED,
          "deregistration protection " + i.deregistrationProtection().orElse("on"));
    }
    if (p.keepLatest().isPresent() && rank != null && rank <= p.keepLatest().get()) {
      return new Verdict(i, group, CleanupReason.AMONG_LATEST,
          "newest #" + rank + " of " + p.keepLatest().get() + " kept in group " + group);
    }
    if (p.keepYoungerThan().isPresent()) {
      Duration age = Duration.between(i.creationDate(), now);
      if (age.compareTo(p.keepYoungerThan().get()) < 0) {
        return new Verdict(i, group, CleanupReason.YOUNGER_THAN,
            "created " + human(age) + " ago, younger than " + human(p.keepYoungerThan().get()));
      }
    }
    if (p.keepLaunchedWithin().isPresent() && i.lastLaunchedTime().isPresent()) {
      Duration since = Duration.between(i.lastLaunchedTime().get(), now);
      if (since.compareTo(p.keepLaunchedWithin().get()) < 0) {
        return new Verdict(i, group, CleanupReason.LAUNCHED_RECENTLY,
            "last launched " + human(since) + " ago, within " + human(p.keepLaunchedWithin().get()));
      }
    }
    return new Verdict(i, group, CleanupReason.MATCHES_POLICY, goes(i, rank, p, now));
  }

  private static String stateText(Image i) {
    return WireValue.text(i.state(), i.unknownValues(), "state");
  }

  private static String goes(Image i, Integer rank, Policy p, Instant now) {
    List<String> why = new ArrayList<>();
    if (p.keepLatest().isPresent()) {
      why.add(rank == null ? "not ranked" : "newest #" + rank + ", beyond the " + p.keepLatest().get() + " kept");
    }
    why.add("created " + human(Duration.between(i.creationDate(), now)) + " ago");
    if (p.keepLaunchedWithin().isPresent()) {
      why.add(i.lastLaunchedTime().map(t -> "last launched " + human(Duration.between(t, now)) + " ago")
          .orElse("never launched"));
    }
    if (i.state() != ImageState.AVAILABLE) {
      why.add("state " + stateText(i));
    }
    return String.join(", ", why);
  }

  /**
   * The images of a first pass that would be deregistered: only they need a usage check.
   *
   * @param verdicts the first pass
   * @return their ids
   */
  public static List<ImageId> candidates(List<Verdict> verdicts) {
    List<ImageId> ids = new ArrayList<>();
    for (Verdict v : verdicts) {
      if (v.deregister()) {
        ids.add(v.image().id());
      }
    }
    return ids;
  }

  /**
   * The second pass: images something uses stay.
   *
   * @param verdicts the first pass
   * @param users per image, what uses it (instances, launch templates, …)
   * @return the final verdicts
   */
  public static List<Verdict> withUsage(List<Verdict> verdicts, Map<ImageId, List<String>> users) {
    List<Verdict> out = new ArrayList<>(verdicts.size());
    for (Verdict v : verdicts) {
      List<String> u = users.get(v.image().id());
      if (v.deregister() && u != null && !u.isEmpty()) {
        String shown = String.join(", ", u.subList(0, Math.min(5, u.size()))) + (u.size() > 5 ? ", …" : "");
        out.add(new Verdict(v.image(), v.group(), CleanupReason.IN_USE, "used by " + u.size() + ": " + shown));
      } else {
        out.add(v);
      }
    }
    return out;
  }

  /** A duration as a person reads it: 3d 4h, 2h 5m, 40s. */
  static String human(Duration d) {
    if (d.isNegative()) {
      return "-" + human(d.negated());
    }
    long s = d.getSeconds();
    if (s >= 86_400) {
      return (s / 86_400) + "d " + (s % 86_400) / 3600 + "h";
    }
    if (s >= 3600) {
      return (s / 3600) + "h " + (s % 3600) / 60 + "m";
    }
    if (s >= 60) {
      return (s / 60) + "m " + (s % 60) + "s";
    }
    return s + "s";
  }
}
