package io.ami4j.internal.pending;

import io.ami4j.AmiException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.Pending;
import io.ami4j.ProgressEvent;
import io.ami4j.ProgressListener;
import io.ami4j.internal.time.Waits;
import io.ami4j.internal.validate.Check;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

/**
 * The {@link Pending} behind every long verb, bakes included: a future of the result, the
 * operation's progress, and what to stop on cancellation (watches, retries).
 *
 * <p>Most operations end at once when cancelled: the result is cancelled and {@link #await()}
 * throws. A {@linkplain #settling settling} operation (a bake) has work to do after a
 * cancellation — its cleanup — so {@link #cancel()} only asks it to stop; the result completes
 * once that work is done, and the state is then {@link Pending.State#CANCELLED}.
 *
 * @param <T> the result type
 */
public final class PendingOperation<T> implements Pending<T> {
  private final CompletableFuture<T> result;
  private final Progress progress;
  private final Waits waits;
  private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
  private final boolean settles;
  private volatile boolean cancelRequested;

  /**
   * Wraps a running operation.
   *
   * @param result its result
   * @param progress its progress
   * @param waits how a caller waits for it, on the client's time
   */
  public PendingOperation(CompletableFuture<T> result, Progress progress, Waits waits) {
    this(result, progress, waits, false);
  }

  private PendingOperation(CompletableFuture<T> result, Progress progress, Waits waits, boolean settles) {
    this.waits = waits;
    this.result = result;
    this.progress = progress;
    this.settles = settles;
  }

  /**
   * Wraps a running operation that, once asked to stop, still has work to do before it ends (a
   * bake's cleanup): {@link #cancel()} and {@link #abort} run the stop actions, and the operation
   * itself completes {@code result}.
   *
   * @param result its result, completed by the operation only
   * @param progress its progress
   * @param waits how a caller waits for it, on the client's time
   * @param <T> the result type
   * @return the handle
   */
  public static <T> PendingOperation<T> settling(CompletableFuture<T> result, Progress progress, Waits waits) {
    return new PendingOperation<>(result, progress, waits, true);
  }

  /**
   * Adds something to stop when the operation is cancelled.
   *
   * @param r the action
   * @return this
   */
  public PendingOperation<T> whenCancelled(Runnable r) {
    onCancel.add(r);
    return this;
  }

  @Override
  public T await() {
    try {
      return waits.join(result);
    } catch (CancellationException e) {
      throw cancelled(e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code max} is measured on the client's clock: on a virtual clock, virtual time.
   */
  @Override
  public T await(Duration max) {
    Check.notNull("max", max);
    try {
      return waits.await(result, waits.deadlineIn(max));
    } catch (CancellationException e) {
      throw cancelled(e);
    } catch (TimeoutException e) {
      ProgressEvent last = progress.last();
      throw new AmiTimeoutException(progress.operation() + " still running after " + max
          + (last == null ? "" : "; last seen: " + last) + ". It goes on: await() again or cancel()", max);
    }
  }

  private AmiException cancelled(CancellationException e) {
    return new AmiException("ami4j.Cancelled", progress.operation() + " was cancelled", null, false, e);
  }

  @Override
  public CompletableFuture<T> completion() {
    return result.copy();
  }

  @Override
  public State state() {
    if (!result.isDone()) {
      return State.RUNNING;
    }
    if (result.isCancelled() || (cancelRequested && result.isCompletedExceptionally())) {
      return State.CANCELLED;
    }
    return result.isCompletedExceptionally() ? State.FAILED : State.SUCCEEDED;
  }

  @Override
  public Optional<ProgressEvent> lastProgress() {
    return Optional.ofNullable(progress.last());
  }

  @Override
  public boolean cancel() {
    if (settles) {
      if (result.isDone()) {
        return false;
      }
      cancelRequested = true;
      onCancel.forEach(Runnable::run);
      return true;
    }
    boolean did = result.cancel(false);
    if (did) {
      onCancel.forEach(Runnable::run);
      progress.report(progress.operation(), "cancelled", "cancelled by the caller; accepted requests are not undone");
    }
    return did;
  }

  /**
   * Ends the operation with a failure and stops its waits, e.g. when the client closes; a
   * settling operation is only stopped, and ends itself.
   *
   * @param failure the failure
   * @return whether this ended it (false when it was already done)
   */
  public boolean abort(Throwable failure) {
    if (settles) {
      // The operation ends itself once stopped (a bake cleans up first).
      boolean running = !result.isDone();
      onCancel.forEach(Runnable::run);
      return running;
    }
    boolean did = result.completeExceptionally(failure);
    if (did) {
      onCancel.forEach(Runnable::run);
    }
    return did;
  }

  /** Whether the operation is done. */
  public boolean isDone() {
    return result.isDone();
  }

  @Override
  public Pending<T> onProgress(ProgressListener listener) {
    progress.add(listener);
    return this;
  }

  @Override
  public String toString() {
    return "Pending[" + progress.operation() + ", " + state() + "]";
  }
}
