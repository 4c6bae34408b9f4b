package io.ami4j.internal.engine;

import io.ami4j.AmiException;
import io.ami4j.ProgressListener;
import io.ami4j.RetryPolicy;
import io.ami4j.WaitPolicy;
import io.ami4j.internal.bulk.BulkScheduler;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.call.MarkCheck;
import io.ami4j.internal.kms.KeyDescriptions;
import io.ami4j.internal.pending.PendingOperation;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.throttle.Throttle;
import io.ami4j.internal.throttle.ThrottleFeedback;
import io.ami4j.internal.time.Waits;
import io.ami4j.internal.wait.ImagePoller;
import io.ami4j.internal.wait.InstanceWaiter;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CallChain;
import io.ami4j.spi.CallInterceptor;
import io.ami4j.spi.RateLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every verb of one client shares: the provider, the default region, time (clock and
 * scheduler), the policies, the call runner with its buckets and retry budget, the per-region
 * image pollers, and the client's progress listeners. Thread-safe.
 *
 * <p>Every provider call of the engine goes through {@link #provider()}: the backend inside the
 * client's {@link CallChain} — the user's interceptors, outermost first, then the throttle's
 * feedback, then the check that the action a call was paced as is its method's mark — so that each attempt, retries included, passes the chain once.
 */
public final class Engine {
  private final AmiProvider backend;
  private final AmiProvider provider;
  private final Region defaultRegion;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final Executor blockingExecutor;
  private final WaitPolicy waitPolicy;
  private final CallRunner runner;
  private final List<ProgressListener> listeners;
  private final Map<Region, ImagePoller> pollers = new ConcurrentHashMap<>();
  private final int bulkConcurrency;
  private volatile BulkScheduler bulk;
  private final Set<PendingOperation<?>> running = ConcurrentHashMap.newKeySet();
  private final KeyDescriptions keys;

  /** Calls in flight per region and bucket in bulk work when the client names no other number. */
  public static final int DEFAULT_BULK_CONCURRENCY = 16;

  /**
   * Wires the engine.
   *
   * @param provider the backend
   * @param defaultRegion the region of verbs that name none
   * @param clock the time source
   * @param scheduler where every wait runs
   * @param blockingExecutor where blocking work runs (bulk provider calls, a bake's cleanup)
   * @param waitPolicy how to wait
   * @param retryPolicy how to retry
   * @param rateLimits the client-side buckets
   * @param listeners the client's progress listeners
   * @param interceptors the client's call interceptors, the first outermost
   * @param bulkConcurrency calls in flight per region and bucket in bulk work
   */
  public Engine(AmiProvider provider, Region defaultRegion, Clock clock, ScheduledExecutorService scheduler,
      Executor blockingExecutor, WaitPolicy waitPolicy, RetryPolicy retryPolicy, RateLimits rateLimits, List<ProgressListener> listeners,
      List<CallInterceptor> interceptors, int bulkConcurrency) {
    this.bulkConcurrency = bulkConcurrency;
    this.backend = provider;
    this.defaultRegion = defaultRegion;
    this.clock = clock;
    this.scheduler = scheduler;
    this.blockingExecutor = blockingExecutor;
    this.waitPolicy = waitPolicy;
    Throttle throttle = new Throttle(rateLimits, clock, scheduler);
    List<CallInterceptor> chain = new ArrayList<>(interceptors);
    chain.add(new ThrottleFeedback(throttle));
    chain.add(new MarkCheck());
    this.provider = CallChain.of(chain).clock(clock).around(provider);
    this.runner = new CallRunner(throttle, scheduler, clock, retryPolicy);
    this.listeners = List.copyOf(listeners);
    this.keys = new KeyDescriptions(this.provider, runner);
  }

  /** The backend inside the client's call chain: every call of the engine goes through it. */
  public AmiProvider provider() {
    return provider;
  }

  /** The backend as the client was given it, outside the chain. */
  public AmiProvider backend() {
    return backend;
  }

  /** The default region. */
  public Region defaultRegion() {
    return defaultRegion;
  }

  /** The time source. */
  public Clock clock() {
    return clock;
  }

  /** The scheduler. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Where blocking work runs. */
  public Executor blockingExecutor() {
    return blockingExecutor;
  }

  /** How threads wait for the engine's work, on the client's time. */
  public Waits waits() {
    return runner.waits();
  }

  /**
   * Waits for work on the client's time and answers its result, rethrowing its failure.
   *
   * @param work the work
   * @param <T> the result type
   * @return the result
   */
  public <T> T join(CompletableFuture<T> work) {
    return runner.join(work);
  }

  /** The wait policy. */
  public WaitPolicy waitPolicy() {
    return waitPolicy;
  }

  /** The call runner. */
  public CallRunner runner() {
    return runner;
  }

  /** What KMS says of each key, asked once per key. */
  public KeyDescriptions keys() {
    return keys;
  }

  /** The deadline of an operation starting now. */
  public Instant deadline() {
    return clock.instant().plus(waitPolicy.timeout());
  }

  /**
   * The image poller of a region.
   *
   * @param region the region
   * @return its poller
   */
  public ImagePoller images(Region region) {
    return pollers.computeIfAbsent(region, r -> new ImagePoller(r, provider, runner, scheduler, clock, waitPolicy));
  }

  /**
   * An instance waiter for a region.
   *
   * @param region the region
   * @return a waiter
   */
  public InstanceWaiter instances(Region region) {
    return new InstanceWaiter(region, provider, runner, scheduler, clock, waitPolicy);
  }

  /**
   * The scheduler of bulk work (made on first use, closed with the engine).
   *
   * @return the bulk scheduler
   */
  public BulkScheduler bulk() {
    BulkScheduler b = bulk;
    if (b == null) {
      synchronized (this) {
        b = bulk;
        if (b == null) {
          b = new BulkScheduler(runner, clock, bulkConcurrency, blockingExecutor);
          bulk = b;
        }
      }
    }
    return b;
  }

  /**
   * Starts tracking an operation's progress.
   *
   * @param operation its name
   * @return the tracker
   */
  public Progress progress(String operation) {
    return new Progress(operation, clock, listeners);
  }

  /**
   * A handle of a running operation, ended with a failure if the client closes first.
   *
   * @param result the operation's result
   * @param progress its progress
   * @param <T> the result type
   * @return the handle
   */
  public <T> PendingOperation<T> pending(CompletableFuture<T> result, Progress progress) {
    return running(new PendingOperation<>(result, progress, runner.waits()), result);
  }

  /**
   * A handle of a running operation that, once stopped, ends itself (a bake, which cleans up
   * first): stopped if the client closes first.
   *
   * @param result the operation's result
   * @param progress its progress
   * @param <T> the result type
   * @return the handle
   */
  public <T> PendingOperation<T> settling(CompletableFuture<T> result, Progress progress) {
    return running(PendingOperation.settling(result, progress, runner.waits()), result);
  }

  /** Tracks an operation until it ends, so that closing the client ends (or stops) it. */
  private <T> PendingOperation<T> running(PendingOperation<T> op, CompletableFuture<T> result) {
    running.add(op);
    result.whenComplete((v, e) -> running.remove(op));
    return op;
  }

  /** Ends every running operation: the client is closing. */
  public void close() {
    for (PendingOperation<?> op : List.copyOf(running)) {
      op.abort(new AmiException("ami4j.ClientClosed", "The client was closed while " + op
          + " was running; the backend may still complete it: await it with a new client", null, false, null));
    }
    running.clear();
  }
}
