package io.ami4j.internal.spec;

import io.ami4j.internal.pending.Progress;

import io.ami4j.AmiImageFailedException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Region;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.Ec2Action;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CopyImage into one region, with a deterministic client token that survives the copy being
 * deregistered. EC2 answers a token it has seen with the image it made then, even when that image
 * has since been deregistered; so when the token's image turns out deregistered — shown as
 * {@code deregistered} and created before this request, or never visible within the not-found
 * grace — the copy is asked again under the next generation's token: the same hash with
 * {@code generation=N} added. Generations are walked in order, so a restarted process that submits
 * the same copy passes the same deregistered copies and lands on the same live one: idempotency
 * holds across restarts, and a copy is made again only after its predecessor is gone.
 */
public final class CopyGenerations {
  /** How many deregistered copies of one request are passed over before giving up. */
  public static final int MAX_GENERATIONS = 50;
  private static final Logger LOG = LoggerFactory.getLogger(CopyGenerations.class);

  private CopyGenerations() {}

  /**
   * The client token of a copy request in a generation.
   *
   * @param parts what identifies the request
   * @param generation 0 for the first copy, then 1, 2, … after each deregistered one
   * @return the token
   */
  public static String token(Map<String, ?> parts, int generation) {
    if (generation == 0) {
      return ClientTokens.of("CopyImage", parts);
    }
    Map<String, Object> withGeneration = new TreeMap<>(parts);
    withGeneration.put("generation", generation);
    return ClientTokens.of("CopyImage", withGeneration);
  }

  /**
   * The request of one copy into one region, with its generation-0 token, and what identifies it
   * (the token's input, for later generations). The one place a CopyImage request is made, for the
   * copy verb and the bake alike.
   *
   * @param source the source image
   * @param sourceRegion its region
   * @param region the destination
   * @param name the copy's name
   * @param description its description, or {@code null}
   * @param encrypted whether the copy is encrypted
   * @param key its KMS key, or {@code null} for the default
   * @param copyTags whether the source's tags are copied
   * @param tags tags of the copy
   * @param parts filled with what identifies the request
   * @return the request
   */
  public static CopyImageRequest request(ImageId source, Region sourceRegion, Region region, String name,
      String description, boolean encrypted, KmsKey key, boolean copyTags, Map<String, String> tags,
      Map<String, Object> parts) {
    parts.put("source", source.value());
    parts.put("sourceRegion", sourceRegion.name());
    parts.put("region", region.name());
    parts.put("name", name);
    parts.put("description", description);
    parts.put("encrypted", encrypted);
    parts.put("kmsKey", key);
    parts.put("copyTags", copyTags);
    parts.put("tags", new TreeMap<>(tags));
    CopyImageRequest.Builder b = CopyImageRequest.builder().sourceImageId(source).sourceRegion(sourceRegion)
        .name(name).encrypted(encrypted).copyImageTags(copyTags).tags(tags).clientToken(token(parts, 0));
    if (description != null) {
      b.description(description);
    }
    if (key != null) {
      b.kmsKey(key);
    }
    return b.build();
  }

  /**
   * Copies and awaits the copy, passing over deregistered copies of earlier generations.
   *
   * @param engine the engine
   * @param region the destination
   * @param request the request, whose token is generation 0's
   * @param parts what identifies the request (its token's input)
   * @param progress the operation's progress
   * @param deadline when to give up
   * @param label how to name the image in progress, given its id
   * @param accepted told each id CopyImage answers, as it answers it
   * @return the available copy and a handle to stop waiting
   */
  public static NewImage.Tracked copy(Engine engine, Region region, CopyImageRequest request, Map<String, ?> parts,
      Progress progress, Instant deadline, Function<ImageId, String> label, Consumer<ImageId> accepted) {
    CompletableFuture<Image> result = new CompletableFuture<>();
    AtomicReference<NewImage.Tracked> current = new AtomicReference<>();
    AtomicBoolean cancelled = new AtomicBoolean();
    attempt(engine, region, request, parts, 0, progress, deadline, label, accepted, result, current, cancelled);
    return new NewImage.Tracked(result, () -> {
      cancelled.set(true);
      NewImage.Tracked t = current.get();
      if (t != null) {
        t.cancel.run();
      }
    });
  }

  private static void attempt(Engine engine, Region region, CopyImageRequest base, Map<String, ?> parts,
      int generation, Progress progress, Instant deadline, Function<ImageId, String> label,
      Consumer<ImageId> accepted, CompletableFuture<Image> result, AtomicReference<NewImage.Tracked> current, AtomicBoolean cancelled) {
    CopyImageRequest req = generation == 0 ? base
        : CopyImageRequest.builder().from(base).clientToken(token(parts, generation)).build();
    Instant sent = engine.clock().instant();
    CompletableFuture<ImageId> id = engine.runner().call(region, Ec2Action.COPY_IMAGE, deadline,
        c -> engine.provider().copyImage(c, req));
    id.thenAccept(accepted);
    NewImage.Tracked t = NewImage.await(engine, region, id, progress, deadline, label);
    current.set(t);
    t.image.whenComplete((image, failure) -> {
      if (failure == null) {
        result.complete(image);
        return;
      }
      Throwable cause = CallRunner.unwrap(failure);
      boolean answered = id.isDone() && !id.isCompletedExceptionally();
      if (answered && !cancelled.get() && replayedGone(cause, sent) && generation + 1 < MAX_GENERATIONS) {
        LOG.info("CopyImage of {} into {}: the client token answered {}, a copy that has been deregistered;"
            + " copying again under the token of generation {}", base.sourceImageId(), region, id.join(),
            generation + 1);
        attempt(engine, region, base, parts, generation + 1, progress, deadline, label, accepted, result, current,
            cancelled);
      } else {
        result.completeExceptionally(cause);
      }
    });
  }

  /** Whether an awaited copy is an earlier request's, since deregistered. */
  private static boolean replayedGone(Throwable t, Instant sent) {
    if (t instanceof AmiImageFailedException imageFailed) {
      Image image = imageFailed.image();
      return image.state() == ImageState.DEREGISTERED
          && image.creationDate().isBefore(sent.minus(IdempotentImageCall.CLOCK_SKEW));
    }
    // Never visible within the not-found grace: a copy made now would have shown by then.
    return t instanceof AmiNotFoundException;
  }
}
