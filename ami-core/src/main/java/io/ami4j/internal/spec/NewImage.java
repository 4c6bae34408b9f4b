package io.ami4j.internal.spec;

import io.ami4j.internal.pending.Progress;

import io.ami4j.Pending;
import io.ami4j.internal.engine.Engine;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Follows a new image from its request to {@code available}: the common tail of create, register and copy. */
public final class NewImage {
  private NewImage() {}

  /**
   * Awaits the image a request makes.
   *
   * @param engine the engine
   * @param region where the image is made
   * @param requested the request's answer: the new id
   * @param progress the operation's progress
   * @param deadline when to give up
   * @param label how to name the image in progress, given its id
   * @return the awaited image and a handle to stop waiting
   */
  public static Tracked await(Engine engine, Region region, CompletableFuture<ImageId> requested, Progress progress,
      Instant deadline, java.util.function.Function<ImageId, String> label) {
    AtomicReference<CompletableFuture<Image>> watch = new AtomicReference<>();
    AtomicBoolean stopped = new AtomicBoolean();
    CompletableFuture<Image> done = requested.thenCompose(id -> {
      progress.report(label.apply(id), "requested", progress.operation() + " accepted; awaiting available");
      if (stopped.get()) {
        // Stopped before the answer came: no watch starts that nobody would ever stop.
        return CompletableFuture.failedFuture(new CancellationException("stopped before " + id + " was answered"));
      }
      CompletableFuture<Image> w = engine.images(region).awaitAvailable(id, label.apply(id), progress, deadline);
      watch.set(w);
      if (stopped.get()) {
        w.cancel(false);
      }
      return w;
    });
    return new Tracked(done, () -> {
      stopped.set(true);
      // A call still retrying (its answer not in yet) is stopped too: no image made after cancel().
      requested.cancel(false);
      CompletableFuture<Image> w = watch.get();
      if (w != null) {
        w.cancel(false);
      }
    });
  }

  /**
   * One region's part, and how to stop its watch.
   */
  public static final class Tracked {
    /** The image, once available. */
    public final CompletableFuture<Image> image;
    /** Stops waiting. */
    public final Runnable cancel;

    Tracked(CompletableFuture<Image> image, Runnable cancel) {
      this.image = image;
      this.cancel = cancel;
    }
  }

  /**
   * A pending single image.
   *
   * @param engine the engine
   * @param region where
   * @param requested the request's answer
   * @param progress its progress
   * @return the handle
   */
  public static Pending<Image> pending(Engine engine, Region region, CompletableFuture<ImageId> requested,
      Progress progress) {
    Tracked t = await(engine, region, requested, progress, engine.deadline(), ImageId::value);
    CompletableFuture<Image> result = new CompletableFuture<>();
    t.image.whenComplete((i, e) -> {
      if (e != null) {
        Throwable cause = io.ami4j.internal.call.CallRunner.unwrap(e);
        progress.report(progress.operation(), "failed", String.valueOf(cause.getMessage()));
        result.completeExceptionally(cause);
      } else {
        result.complete(i);
      }
    });
    return engine.pending(result, progress).whenCancelled(t.cancel);
  }
}
