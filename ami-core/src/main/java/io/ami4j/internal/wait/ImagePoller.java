package io.ami4j.internal.wait;

import io.ami4j.AmiImageFailedException;
import io.ami4j.AmiIncompleteAnswerException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.WaitPolicy;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.call.Paging;
import io.ami4j.internal.pending.Progress;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.Unmapped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Awaits images of one region with shared poll rounds: each round asks DescribeImages about
 * every awaited image at once — one call naming up to {@value #IDS_PER_CALL} ids in
 * {@code ImageIds}, so 500 pending images cost one call per round, not 500. EC2 fails such a call
 * as a whole when one just-created id is not visible yet ({@code InvalidAMIID.NotFound}); that
 * round then asks again through {@code image-id} filters, {@value #BATCH} ids per call, which
 * simply leave the invisible id out.
 *
 * <p>A round runs when the earliest watch is due (each watch's interval grows from the policy's
 * initial interval to its cap) or reaches its deadline. An image that is not visible counts as
 * pending for the policy's not-found grace after it was requested.
 *
 * <p>An image in the answer that the provider could not map (see {@link Page#unmapped()}) fails
 * its wait at once with the reason; so does every awaited image missing from an answer that holds
 * an item without an id, since the round asked for nothing but awaited ids. A state ami4j does not
 * know keeps the wait waiting (it may be a new in-between state) and is named, as EC2 wrote it, in
 * progress and in a timeout.
 */
public final class ImagePoller {
  /** Image ids per DescribeImages call by {@code ImageIds}. */
  public static final int IDS_PER_CALL = 1000;
  /** Image ids per DescribeImages call by {@code image-id} filter (EC2 takes up to 200 values per filter). */
  public static final int BATCH = 200;
  private static final Logger LOG = LoggerFactory.getLogger(ImagePoller.class);

  private final Region region;
  private final AmiProvider provider;
  private final CallRunner runner;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final WaitPolicy policy;
  private final List<ImageWatch> watches = new ArrayList<>();
  private ScheduledFuture<?> nextRound;
  private Instant nextRoundAt;
  private boolean roundRunning;

  /**
   * A poller for one region.
   *
   * @param region the region
   * @param provider the backend
   * @param runner the call runner
   * @param scheduler where rounds are scheduled
   * @param clock the time source
   * @param policy intervals and grace
   */
  public ImagePoller(Region region, AmiProvider provider, CallRunner runner, ScheduledExecutorService scheduler,
      Clock clock, WaitPolicy policy) {
    this.region = region;
    this.provider = provider;
    this.runner = runner;
    this.scheduler = scheduler;
    this.clock = clock;
    this.policy = policy;
  }

  /**
   * Awaits an image's {@code available} state.
   *
   * @param id the image
   * @param label how progress names it
   * @param progress the operation's progress
   * @param deadline when to give up
   * @return the available image; or an {@link AmiImageFailedException}, {@link AmiTimeoutException}
   *     or {@link AmiNotFoundException}
   */
  public CompletableFuture<Image> awaitAvailable(ImageId id, String label, Progress progress, Instant deadline) {
    ImageWatch w = new ImageWatch(id, label, progress, clock.instant(), deadline, policy);
    synchronized (this) {
      watches.add(w);
      scheduleNext();
    }
    w.future.whenComplete((i, e) -> {
      synchronized (this) {
        watches.remove(w);
      }
    });
    return w.future;
  }

  /** How many images are awaited now. */
  public synchronized int awaited() {
    return (int) watches.stream().filter(w -> !w.future.isDone()).count();
  }

  private synchronized void scheduleNext() {
    watches.removeIf(w -> w.future.isDone());
    if (roundRunning || watches.isEmpty()) {
      return;
    }
    Instant wake = watches.stream().map(ImageWatch::wakeUp).min(Instant::compareTo).orElseThrow();
    if (nextRound != null && !nextRound.isDone() && !nextRoundAt.isAfter(wake)) {
      return;
    }
    if (nextRound != null) {
      nextRound.cancel(false);
    }
    long delay = Math.max(0, Duration.between(clock.instant(), wake).toNanos());
    nextRoundAt = wake;
    nextRound = scheduler.schedule(this::round, delay, TimeUnit.NANOSECONDS);
  }

  private void round() {
    List<ImageWatch> polled;
    synchronized (this) {
      nextRound = null;
      watches.removeIf(w -> w.future.isDone());
      if (watches.isEmpty()) {
        return;
      }
      roundRunning = true;
      polled = new ArrayList<>(watches);
    }
    List<ImageId> ids = new ArrayList<>(polled.stream().map(w -> w.id).collect(Collectors.toCollection(LinkedHashSet::new)));
    Instant latestDeadline = polled.stream().map(w -> w.deadline).max(Instant::compareTo).orElseThrow();
    List<Unmapped> unmapped = Collections.synchronizedList(new ArrayList<>());
    describeAll(ids, latestDeadline, unmapped).whenComplete((images, failure) -> {
      try {
        Map<ImageId, Image> seen = new HashMap<>();
        if (images != null) {
          images.forEach(img -> seen.put(img.id(), img));
        }
        Throwable t = failure == null ? null : CallRunner.unwrap(failure);
        Instant now = clock.instant();
        for (ImageWatch w : polled) {
          if (t == null && unreadable(w, seen.containsKey(w.id), unmapped)) {
            continue;
          }
          settle(w, seen.get(w.id), t, now);
        }
      } catch (RuntimeException e) {
        polled.forEach(w -> w.future.completeExceptionally(e));
      } finally {
        synchronized (this) {
          roundRunning = false;
          scheduleNext();
        }
      }
    });
  }

  /**
   * Fails a watch at once when its image is in the answer but could not be mapped: by its id, or,
   * when it is missing from the answer, as the item without an id (every item is an awaited one).
   */
  private static boolean unreadable(ImageWatch w, boolean seen, List<Unmapped> unmapped) {
    List<Unmapped> its;
    synchronized (unmapped) {
      its = unmapped.stream().filter(u -> u.id().map(w.id.value()::equals).orElse(!seen))
          .distinct().collect(Collectors.toList());
    }
    if (its.isEmpty()) {
      return false;
    }
    w.future.completeExceptionally(new AmiIncompleteAnswerException(w.progress.operation() + ": awaiting image "
        + w.label + ", DescribeImages", its.stream().map(Unmapped::toString).collect(Collectors.toList())));
    return true;
  }

  /** One round's answer: by ids in as few calls as possible, by filters when an id is not visible. */
  private CompletableFuture<List<Image>> describeAll(List<ImageId> ids, Instant deadline, List<Unmapped> unmapped) {
    List<CompletableFuture<List<Image>>> calls = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IDS_PER_CALL) {
      ImageQuery q = ImageQuery.builder().addAllImageIds(ids.subList(i, Math.min(ids.size(), i + IDS_PER_CALL)))
          .includeDeprecated(true).includeDisabled(true).build();
      calls.add(pages(q, PageRequest.first(), deadline, unmapped));
    }
    LOG.debug("Polling {} awaited images in {} with {} DescribeImages call(s)", ids.size(), region, calls.size());
    return all(calls).exceptionallyCompose(failure -> {
      Throwable t = CallRunner.unwrap(failure);
      if (!(t instanceof AmiNotFoundException) && !(t instanceof AmiValidationException)) {
        return CompletableFuture.failedFuture(t);
      }
      LOG.debug("An awaited id in {} is not visible yet ({}); asking by image-id filters", region, t.getMessage());
      List<CompletableFuture<List<Image>>> batches = new ArrayList<>();
      for (int i = 0; i < ids.size(); i += BATCH) {
        batches.add(describe(ids.subList(i, Math.min(ids.size(), i + BATCH)), deadline, unmapped));
      }
      return all(batches);
    });
  }

  private static CompletableFuture<List<Image>> all(List<CompletableFuture<List<Image>>> calls) {
    return CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).thenApply(v -> {
      List<Image> out = new ArrayList<>();
      calls.forEach(c -> out.addAll(c.join()));
      return out;
    });
  }

  private void settle(ImageWatch w, Image image, Throwable failure, Instant now) {
    if (w.future.isDone()) {
      return;
    }
    PollFailure verdict = failure == null ? null : PollFailure.of(failure);
    if (verdict == PollFailure.NOT_VISIBLE_YET) {
      // A backend that answers a just-created id with InvalidAMIID.NotFound (EC2's eventual
      // consistency) means "not visible yet", like an image missing from the answer.
      failure = null;
    }
    if (failure != null) {
      if (verdict == PollFailure.FATAL) {
        w.future.completeExceptionally(failure);
        return;
      }
      LOG.warn("Polling {} failed, will poll again: {}", w.label, failure.getMessage());
    } else if (image == null) {
      Duration since = Duration.between(w.registered, now);
      if (since.compareTo(policy.notFoundGrace()) > 0) {
        w.future.completeExceptionally(new AmiNotFoundException("InvalidAMIID.NotFound", w.progress.operation()
            + ": image " + w.label + " is still not visible " + since.toSeconds()
            + " s after it was requested (the not-found grace is " + policy.notFoundGrace()
            + "); it does not exist or was deregistered", null));
        return;
      }
      if (!w.reportedInvisible) {
        w.reportedInvisible = true;
        LOG.debug("{} not visible yet ({} s after it was requested); counted as pending", w.label, since.toSeconds());
      }
    } else {
      ImageState s = image.state();
      String text = image.unknownValues().getOrDefault("state", s.wireValue());
      if (!text.equals(w.lastState)) {
        w.lastState = text;
        w.progress.report(w.label, text, image.name()
            + image.stateReason().map(r -> " (" + r + ")").orElse(""));
      }
      if (s == ImageState.AVAILABLE) {
        w.future.complete(image);
        return;
      }
      if (s.isSettled()) {
        w.future.completeExceptionally(new AmiImageFailedException(image, w.progress.operation()));
        return;
      }
    }
    if (!now.isBefore(w.deadline)) {
      Duration waited = Duration.between(w.registered, now);
      w.future.completeExceptionally(new AmiTimeoutException(w.progress.operation() + ": image " + w.label
          + " not available after " + waited + " (last state: "
          + (w.lastState == null ? "not visible" : w.lastState)
          + "). It may still complete: await it again with images().awaitAvailable(List.of(id)),"
          + " or raise waitPolicy(w -> w.timeout(…))", waited));
      return;
    }
    w.polled(now, policy);
  }

  private CompletableFuture<List<Image>> describe(List<ImageId> batch, Instant deadline, List<Unmapped> unmapped) {
    ImageQuery q = ImageQuery.builder()
        .addFilters(Filter.of("image-id", batch.stream().map(ImageId::value).collect(Collectors.toList())))
        .includeDeprecated(true).includeDisabled(true).build();
    return pages(q, PageRequest.ofSize(1000), deadline, unmapped);
  }

  private CompletableFuture<List<Image>> pages(ImageQuery q, PageRequest first, Instant deadline,
      List<Unmapped> unmapped) {
    return Paging.allAsync("DescribeImages", first,
        page -> runner.call(region, Ec2Action.DESCRIBE_IMAGES, deadline, c -> provider.describeImages(c, q, page)),
        unmapped);
  }
}
