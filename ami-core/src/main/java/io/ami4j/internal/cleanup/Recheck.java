package io.ami4j.internal.cleanup;

import io.ami4j.CleanupReason;
import io.ami4j.model.AccountId;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Decides again, right before a plan's deregistrations, what the plan decided on facts that may
 * be stale: the images to deregister are described again and their usage asked again, in the
 * plan's batches ({@value Discovery#BATCH} images per call), and an image that is now in use,
 * protected, not settled, of another owner or launched recently is kept, its reason saying that
 * this was found at execution.
 */
public final class Recheck {
  private final Discovery discovery;

  /**
   * A re-check through a discovery of the executing client.
   *
   * @param discovery its read-only calls
   */
  public Recheck(Discovery discovery) {
    this.discovery = discovery;
  }

  /**
   * The verdicts, decided again, of images planned for deregistration in one region.
   *
   * @param region the region
   * @param planned the plan's verdicts, all to deregister
   * @param caller the account that runs the cleanup
   * @param keepLaunchedWithin the policy's launch rule, if any
   * @param now the time the rules are read at
   * @return per image, the planned verdict when nothing changed, or a keep verdict
   */
  public CompletableFuture<Map<ImageId, Verdict>> again(Region region, List<Verdict> planned, AccountId caller,
      Optional<Duration> keepLaunchedWithin, Instant now) {
    List<ImageId> ids = planned.stream().map(v -> v.image().id()).collect(Collectors.toList());
    List<CompletableFuture<List<Image>>> described = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += Discovery.BATCH) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + Discovery.BATCH)).stream()
          .map(ImageId::value).collect(Collectors.toList());
      described.add(discovery.images(region, ImageQuery.builder().addFilters(Filter.of("image-id", batch))
          .includeDeprecated(true).includeDisabled(true).build()));
    }
    CompletableFuture<Map<ImageId, List<String>>> users = discovery.users(region, ids);
    return CompletableFuture.allOf(described.toArray(new CompletableFuture<?>[0])).thenCombine(users, (v, u) -> {
      Map<ImageId, Image> fresh = new HashMap<>();
      described.forEach(f -> f.join().forEach(i -> fresh.put(i.id(), i)));
      Map<ImageId, Verdict> out = new LinkedHashMap<>();
      for (Verdict p : planned) {
        out.put(p.image().id(), decide(p, fresh.get(p.image().id()), u.get(p.image().id()), caller,
            keepLaunchedWithin, now));
      }
      return out;
    });
  }

  /**
   * One image's verdict on fresh facts. An image no longer shown (or shown deregistered) keeps its
   * planned verdict: the deregistration finds out what happened and reports it.
   */
  static Verdict decide(Verdict planned, Image now, List<String> users, AccountId caller,
      Optional<Duration> keepLaunchedWithin, Instant at) {
    if (now == null || now.state() == ImageState.DEREGISTERED) {
      return planned;
    }
    String since = "since the plan: ";
    if (!now.ownerId().equals(caller)) {
      return keep(planned, now, CleanupReason.OTHER_OWNER, since + "owned by " + now.ownerId());
    }
    if (!now.state().isSettled()) {
      return keep(planned, now, CleanupReason.NOT_SETTLED, since + "state " + now.state().wireValue());
    }
    if (now.isDeregistrationProtectedAt(at)) {
      return keep(planned, now, CleanupReason.PROTECTED,
          since + "deregistration protection " + now.deregistrationProtection().orElse("on"));
    }
    if (keepLaunchedWithin.isPresent() && now.lastLaunchedTime().isPresent()) {
      Duration ago = Duration.between(now.lastLaunchedTime().get(), at);
      if (ago.compareTo(keepLaunchedWithin.get()) < 0) {
        return keep(planned, now, CleanupReason.LAUNCHED_RECENTLY, since + "last launched "
            + Planner.human(ago) + " ago, within " + Planner.human(keepLaunchedWithin.get()));
      }
    }
    if (users != null && !users.isEmpty()) {
      Verdict used = Planner.withUsage(List.of(planned), Map.of(planned.image().id(), users)).get(0);
      return keep(planned, now, CleanupReason.IN_USE, since + used.detail());
    }
    return planned;
  }

  private static Verdict keep(Verdict planned, Image now, CleanupReason reason, String detail) {
    return new Verdict(now, planned.group(), reason, detail);
  }
}
