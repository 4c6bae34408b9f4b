package io.ami4j.internal.cleanup;

import io.ami4j.cleanup.CleanupReason;
import io.ami4j.internal.call.CallRunner;
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
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Decides again, right before a plan's deregistrations, what the plan decided on facts that may
 * be stale: the images to deregister are described again and their usage asked again, in the
 * plan's batches ({@value Discovery#BATCH} images per call), and an image that is now in use,
 * protected, not settled, of another owner or launched recently is kept, its reason saying that
 * this was found at execution.
 *
 * <p>A plan's images are checked again {@linkplain #inBatches in batches that grow}: the first
 * batch is small ({@value #FIRST_BATCH} images), so that its deregistrations start one short round
 * of describes after the execution does, and each later batch — twice the one before, up to
 * {@value Discovery#BATCH} images — is checked while the batch before it is being deregistered:
 * once that batch was checked and the one before it has settled. Every image is still checked
 * after the plan and before its own deregistration, and each on facts about one or two batches'
 * time old rather than as old as the whole cleanup.
 */
public final class Recheck {
  /** Images in the first batch checked again; each later batch is twice the one before. */
  public static final int FIRST_BATCH = 50;

  /**
   * What to do with one batch once it was checked again.
   */
  @FunctionalInterface
  public interface Checked {
    /**
     * One batch was checked again, or checking it failed.
     *
     * @param planned the batch's planned verdicts, in the plan's order
     * @param fresh per image of the batch, its verdict decided again; null when checking failed
     * @param failure why checking the batch failed (unwrapped); null when it did not
     * @return completed (normally or not) when every image of the batch has settled
     */
    CompletionStage<?> batch(List<Verdict> planned, Map<ImageId, Verdict> fresh, Throwable failure);
  }

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
   * The sizes of the batches in which {@code images} images are checked again: {@value #FIRST_BATCH},
   * then each twice the one before, up to {@value Discovery#BATCH}; the last takes what is left.
   *
   * @param images how many images, at least 0
   * @return the sizes, in order; they add up to {@code images}
   */
  public static List<Integer> batchSizes(int images) {
    List<Integer> sizes = new ArrayList<>();
    int size = FIRST_BATCH;
    for (int left = images; left > 0; ) {
      int n = Math.min(left, size);
      sizes.add(n);
      left -= n;
      size = Math.min(Discovery.BATCH, size * 2);
    }
    return sizes;
  }

  /**
   * Checks a region's planned images again batch after batch ({@link #batchSizes}): each batch is
   * handed to {@code then} as soon as it was checked (so that its deregistrations can start), and
   * the batch after it is checked then, or once the batch before it has settled (the stage
   * {@code then} answered for that batch completed), whichever comes later: one batch is checked
   * while the one before it is at work. A batch that could not be checked is handed over with its
   * failure, and the next one is still tried.
   *
   * @param region the region
   * @param planned the plan's verdicts, all to deregister, in the order they are to go
   * @param caller the account that runs the cleanup
   * @param keepLaunchedWithin the policy's launch rule, if any
   * @param now the time the rules are read at, asked once per batch
   * @param then what to do with each batch
   * @return completed once every batch was handed to {@code then}; failed if {@code then} threw
   */
  public CompletableFuture<Void> inBatches(Region region, List<Verdict> planned, AccountId caller,
      Optional<Duration> keepLaunchedWithin, Supplier<Instant> now, Checked then) {
    List<List<Verdict>> batches = new ArrayList<>();
    int from = 0;
    for (int size : batchSizes(planned.size())) {
      batches.add(List.copyOf(planned.subList(from, from + size)));
      from += size;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    checkFrom(0, CompletableFuture.completedFuture(null), batches, region, caller, keepLaunchedWithin, now, then,
        done);
    return done;
  }

  private void checkFrom(int index, CompletionStage<?> previousSettled, List<List<Verdict>> batches, Region region,
      AccountId caller, Optional<Duration> keepLaunchedWithin, Supplier<Instant> now, Checked then,
      CompletableFuture<Void> done) {
    if (index == batches.size()) {
      done.complete(null);
      return;
    }
    List<Verdict> batch = batches.get(index);
    CompletableFuture<Map<ImageId, Verdict>> checked;
    try {
      checked = again(region, batch, caller, keepLaunchedWithin, now.get());
    } catch (RuntimeException e) {
      checked = CompletableFuture.failedFuture(e);
    }
    checked.whenComplete((fresh, err) -> {
      CompletionStage<?> settled;
      try {
        settled = then.batch(batch, err == null ? fresh : null, err == null ? null : CallRunner.unwrap(err));
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      previousSettled.whenComplete((v, x) -> checkFrom(index + 1, settled, batches, region, caller,
          keepLaunchedWithin, now, then, done));
    });
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
