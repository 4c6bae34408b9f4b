package io.ami4j;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The handle of a started long operation (create, register, copy, launch, deregister, await).
 * The operation runs on the client's scheduler; the handle is thread-safe.
 *
 * <pre>{@code
 * Pending<Image> p = amis.create().fromInstance(id).named("web-1").submit();
 * p.onProgress(e -> System.out.println(e));
 * Image image = p.await();                       // blocks until done, or throws a typed AmiException
 * p.completion().thenAccept(i -> ...);           // or go asynchronous
 * }</pre>
 *
 * @param <T> the result type
 */
public interface Pending<T> {
  /** Where the operation is. */
  enum State {
    /** Still running. */
    RUNNING,
    /** Completed with a result. */
    SUCCEEDED,
    /** Failed with an exception. */
    FAILED,
    /** Cancelled by the caller. */
    CANCELLED
  }

  /**
   * Waits for the result (the operation's own deadline from the {@link WaitPolicy} applies).
   *
   * @return the result
   * @throws AmiException the operation's failure, typed (e.g. {@link AmiTimeoutException},
   *     {@link AmiImageFailedException}, {@link AmiOptInRequiredException})
   */
  T await();

  /**
   * Waits at most {@code max} for the result; the operation goes on if this wait gives up.
   *
   * @param max how long to wait
   * @return the result
   * @throws AmiTimeoutException when not done within {@code max}
   */
  T await(Duration max);

  /**
   * The result as a future. Cancelling the returned future does not stop the operation: use
   * {@link #cancel()}.
   *
   * @return a future of the result
   */
  CompletableFuture<T> completion();

  /** Where the operation is now. */
  State state();

  /** The last progress event, if any. */
  Optional<ProgressEvent> lastProgress();

  /**
   * Stops waiting: polls and pending retries stop, {@link #await()} throws a cancellation. A
   * request the backend already accepted is not undone.
   *
   * @return whether this call cancelled the operation (false when it was already done)
   */
  boolean cancel();

  /**
   * Adds a listener for the operation's further state changes.
   *
   * @param listener the listener
   * @return this handle
   */
  Pending<T> onProgress(ProgressListener listener);
}
