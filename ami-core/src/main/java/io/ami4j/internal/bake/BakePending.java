package io.ami4j.internal.bake;

import io.ami4j.AmiTimeoutException;
import io.ami4j.BakeResult;
import io.ami4j.Pending;
import io.ami4j.ProgressEvent;
import io.ami4j.ProgressListener;
import io.ami4j.internal.time.Waits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The handle of a running bake. Unlike other operations, {@link #cancel()} does not end the
 * handle at once: it stops the current stage, and the bake then cleans up; {@link #await()}
 * returns once the cleanup is done, throwing an {@link io.ami4j.AmiBakeFailedException} whose
 * report says what was removed.
 */
final class BakePending implements Pending<BakeResult> {
  private final String bakeId;
  private final CompletableFuture<BakeResult> result;
  private final Runnable cancel;
  private final AtomicReference<ProgressEvent> last;
  private final List<ProgressListener> listeners;
  private volatile boolean cancelRequested;
  private final Waits waits;

  BakePending(String bakeId, CompletableFuture<BakeResult> result, Runnable cancel,
      AtomicReference<ProgressEvent> last, List<ProgressListener> listeners, Waits waits) {
    this.waits = waits;
    this.bakeId = bakeId;
    this.result = result;
    this.cancel = cancel;
    this.last = last;
    this.listeners = listeners;
  }

  @Override
  public BakeResult await() {
    return waits.join(result);
  }

  @Override
  public BakeResult await(Duration max) {
    try {
      return waits.await(result, waits.deadlineIn(max));
    } catch (TimeoutException e) {
      throw new AmiTimeoutException("Bake " + bakeId + " still running after " + max
          + Optional.ofNullable(last.get()).map(l -> "; last seen: " + l).orElse("")
          + ". It goes on: await() again or cancel()", max);
    }
  }

  @Override
  public CompletableFuture<BakeResult> completion() {
    return result.copy();
  }

  @Override
  public State state() {
    if (!result.isDone()) {
      return State.RUNNING;
    }
    if (result.isCompletedExceptionally()) {
      return cancelRequested ? State.CANCELLED : State.FAILED;
    }
    return State.SUCCEEDED;
  }

  @Override
  public Optional<ProgressEvent> lastProgress() {
    return Optional.ofNullable(last.get());
  }

  /**
   * Stops the bake: the current stage's wait ends, no further stage starts, and the cleanup
   * terminates the builder and removes every image and snapshot made so far.
   *
   * @return whether the bake was still running
   */
  @Override
  public boolean cancel() {
    if (result.isDone()) {
      return false;
    }
    cancelRequested = true;
    cancel.run();
    return true;
  }

  @Override
  public Pending<BakeResult> onProgress(ProgressListener listener) {
    listeners.add(listener);
    return this;
  }

  @Override
  public String toString() {
    return "Pending[Bake " + bakeId + ", " + state() + "]";
  }
}
