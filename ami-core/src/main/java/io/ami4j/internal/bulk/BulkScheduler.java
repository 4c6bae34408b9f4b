package io.ami4j.internal.bulk;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs many provider calls of one client (one account) at EC2's speed limit: each call waits for a
 * slot of its lane — one lane per region and {@link Ec2Action.Bucket}, at most
 * {@link #concurrency()} calls in flight each — then goes through the {@link CallRunner}, whose
 * client-side token buckets pace it, and which retries with backoff within the deadline. Bulk work
 * takes a bucket's tokens only while it keeps a reserve (a tenth of its capacity) for single calls
 * and other tools. When the service still throttles, the bucket's
 * {@link io.ami4j.internal.throttle.CongestionControl} lowers its refill rate once per congestion
 * event (the throttled answers of requests in flight together count once) and probes back toward
 * the configured rate on the bucket's own refill time; it never goes above the configured table.
 * The slots bound the rate too (calls in flight ÷ round trip), so the concurrency should allow a
 * little more than the bucket's refill rate. The blocking provider calls run on
 * the client's blocking executor, so that a slow backend (tens of milliseconds a call) does not
 * hold the engine's timer threads. Work still queued when the deadline passes is not started
 * and fails with {@link NotStartedException}, so a caller can report what was and was not done.
 *
 * <p>Thread-safe. It owns no threads.
 */
public final class BulkScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(BulkScheduler.class);

  private final CallRunner runner;
  private final Clock clock;
  private final int concurrency;
  private final Executor workers;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

  /**
   * A scheduler over a call runner.
   *
   * @param runner the runner (token buckets, retries)
   * @param clock the time source of deadlines
   * @param concurrency calls in flight per region and bucket, at least 1
   * @param workers where the blocking provider calls run (lanes bound how many at once)
   */
  public BulkScheduler(CallRunner runner, Clock clock, int concurrency, Executor workers) {
    this.runner = runner;
    this.clock = clock;
    this.concurrency = concurrency;
    this.workers = workers;
  }

  /** Calls in flight per region and bucket. */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Runs one provider call as a unit of bulk work.
   *
   * @param region the region
   * @param action the action, for its lane and bucket
   * @param deadline no call starts, and no retry starts, after it
   * @param what how reports name the work, e.g. {@code DeregisterImage ami-…}
   * @param fn the provider call
   * @param <T> the result type
   * @return the result; or the call's last failure; or {@link NotStartedException}
   */
  public <T> CompletableFuture<T> submit(Region region, Ec2Action action, Instant deadline, String what,
      Function<Call, T> fn) {
    Lane lane = lane(region, action);
    Instant queuedAt = clock.instant();
    CompletableFuture<T> out = new CompletableFuture<>();
    lane.enter(() -> {
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        LOG.debug("{}: not started, deadline {} passed", what, deadline);
        out.completeExceptionally(new NotStartedException(what, Duration.between(queuedAt, now)));
        return false;
      }
      CompletableFuture<T> call;
      try {
        call = runner.bulkCall(region, action, deadline, fn, workers);
      } catch (RuntimeException e) {
        call = CompletableFuture.failedFuture(e);
      }
      call.whenComplete((v, e) -> {
        // Free the slot first: completing {@code out} may run the caller's continuation for long.
        lane.leave();
        if (e != null) {
          out.completeExceptionally(CallRunner.unwrap(e));
        } else {
          out.complete(v);
        }
      });
      return true;
    });
    return out;
  }

  /**
   * The most calls that were ever in flight at once in a lane.
   *
   * @param region the region
   * @param action an action of the lane's bucket
   * @return the peak
   */
  public int peakInFlight(Region region, Ec2Action action) {
    return lane(region, action).peak();
  }

  private Lane lane(Region region, Ec2Action action) {
    String key = region.name() + "/" + action.bucket();
    return lanes.computeIfAbsent(key, k -> new Lane(k, concurrency));
  }
}
