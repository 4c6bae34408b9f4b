package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.pending.Progress;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Awaits images started earlier (by this or another process) until all are available: made by
 * {@link ImageFinder#awaitAvailable(List)}, started by {@link #submit()}. One DescribeImages call
 * per poll round for up to 200 of them, however many are awaited, within the client's
 * {@link WaitPolicy}.
 *
 * <pre>{@code List<Image> ready = amis.images().awaitAvailable(List.of(idA, idB, idC)).submit().await(); }</pre>
 */
public final class AwaitImagesSpec {
  private final Engine engine;
  private final Region region;
  private final List<ImageId> ids;

  AwaitImagesSpec(Engine engine, Region region, List<ImageId> ids) {
    this.engine = engine;
    this.region = region;
    this.ids = ids;
  }

  /**
   * Starts waiting.
   *
   * @return the available images, in the order they were named, when all are
   */
  public Pending<List<Image>> submit() {
    Progress progress = engine.progress("AwaitImages");
    Instant deadline = engine.deadline();
    List<CompletableFuture<Image>> each = new ArrayList<>();
    for (ImageId id : ids) {
      each.add(engine.images(region).awaitAvailable(id, id.value(), progress, deadline));
    }
    CompletableFuture<List<Image>> all = new CompletableFuture<>();
    CompletableFuture.allOf(each.toArray(new CompletableFuture<?>[0])).whenComplete((ok, e) -> {
      if (e != null) {
        all.completeExceptionally(e);
        each.forEach(f -> f.cancel(false));
      } else {
        List<Image> out = new ArrayList<>();
        each.forEach(f -> out.add(f.join()));
        all.complete(out);
      }
    });
    each.forEach(f -> f.whenComplete((i, e) -> {
      if (e != null) {
        all.completeExceptionally(e);
      }
    }));
    return engine.pending(all, progress).whenCancelled(() -> each.forEach(f -> f.cancel(false)));
  }

  @Override
  public String toString() {
    return "AwaitImagesSpec[" + ids + " in " + region + "]";
  }
}
