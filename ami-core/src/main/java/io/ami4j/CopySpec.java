package io.ami4j;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.CopyGenerations;
import io.ami4j.internal.spec.DryRuns;
import io.ami4j.internal.spec.NewImage;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Region;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.Ec2Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Copies an image to one or many regions at once (CopyImage, called in each destination) and
 * awaits every copy. A single-use spec. To one region, {@link #toRegion(Region)} answers the one
 * copy ({@code Pending<Image>}); to several, {@link #to(Region...)} answers a map by region.
 *
 * <pre>{@code
 * Image west = amis.copy(golden.id()).toRegion(Region.of("eu-west-1")).copyTags().submit().await();
 * Map<Region, Image> copies = amis.copy(golden.id())
 *     .to(Region.of("eu-west-1"), Region.of("ap-south-1"))
 *     .encryptedWith(region -> KmsKey.alias("alias/ami"))
 *     .copyTags().tag("copied-by", "ami4j")
 *     .submit().await();
 * }</pre>
 *
 * <p>Each copy carries a deterministic client token (a hash of the source id and region, the
 * destination, the name and every parameter), so a retried copy — even one submitted again by a
 * restarted process — never makes a second image. When the image a token answers has been
 * deregistered since, the copy is made again under the next generation's token, which is just as
 * stable. When the copy fails in one region after copies into others were accepted, the failure
 * is an {@link AmiCopyFailedException} naming those copies.
 */
public final class CopySpec {
  private final Engine engine;
  private final ImageId source;
  private final Set<Region> destinations = new LinkedHashSet<>();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private Region sourceRegion;
  private String name;
  private String description;
  private Function<Region, KmsKey> keys;
  private boolean encrypted;
  private boolean copyTags;
  private final Map<Region, Map<String, Object>> tokenParts = new LinkedHashMap<>();

  CopySpec(Engine engine, ImageId source) {
    this.engine = engine;
    this.source = source;
    this.sourceRegion = engine.defaultRegion();
  }

  /**
   * The source image's region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public CopySpec from(Region region) {
    this.sourceRegion = Check.notNull("sourceRegion", region);
    return this;
  }

  /**
   * The destination regions.
   *
   * @param regions one or more regions
   * @return this spec
   */
  public CopySpec to(Region... regions) {
    for (Region r : Check.notNull("regions", regions)) {
      destinations.add(Check.notNull("region", r));
    }
    return this;
  }

  /**
   * The one destination region: the spec then answers the copy itself ({@code Pending<Image>})
   * instead of a map by region.
   *
   * <pre>{@code Image west = amis.copy(id).toRegion(Region.of("eu-west-1")).copyTags().submit().await(); }</pre>
   *
   * @param region the destination
   * @return the one-region form of this spec
   * @throws AmiValidationException when {@link #to(Region...)} already named destinations
   */
  public OneRegion toRegion(Region region) {
    Check.notNull("region", region);
    Check.that(destinations.isEmpty(), "destinations", destinations,
        "must be either one region, toRegion(Region), or any number, to(Region…), not both");
    destinations.add(region);
    return new OneRegion(region);
  }

  /**
   * The copies' name (default: the source's name).
   *
   * @param name 3 to 128 characters
   * @return this spec
   */
  public CopySpec named(String name) {
    this.name = Check.matches("name", name, io.ami4j.internal.validate.Rules.IMAGE_NAME,
        io.ami4j.internal.validate.Rules.IMAGE_NAME_RULE);
    return this;
  }

  /**
   * The copies' description.
   *
   * @param description at most 255 characters
   * @return this spec
   */
  public CopySpec description(String description) {
    this.description = Check.description(description);
    return this;
  }

  /**
   * Encrypts the copies with the region's default EBS key.
   *
   * @return this spec
   */
  public CopySpec encrypted() {
    this.encrypted = true;
    return this;
  }

  /**
   * Encrypts the copies with a KMS key per destination region (keys are regional).
   *
   * @param keyPerRegion the key for each destination
   * @return this spec
   */
  public CopySpec encryptedWith(Function<Region, KmsKey> keyPerRegion) {
    this.keys = Check.notNull("encryptedWith", keyPerRegion);
    this.encrypted = true;
    return this;
  }

  /**
   * Copies the source's user-defined tags to the copies.
   *
   * @return this spec
   */
  public CopySpec copyTags() {
    this.copyTags = true;
    return this;
  }

  /**
   * Tags the copies.
   *
   * @param key the key
   * @param value the value
   * @return this spec
   */
  public CopySpec tag(String key, String value) {
    io.ami4j.model.Tags.checkTag(key, value);
    tags.put(key, value);
    return this;
  }

  private Map<Region, CopyImageRequest> requests() {
    Check.that(!destinations.isEmpty(), "destinations", destinations, "must name at least one region: to(Region…)");
    String copyName = name != null ? name : new ImageFinder(engine, sourceRegion).get(source).name();
    Map<Region, CopyImageRequest> out = new LinkedHashMap<>();
    for (Region r : destinations) {
      KmsKey key = keys == null ? null : Check.notNull("kmsKey for " + r, keys.apply(r));
      Map<String, Object> parts = new TreeMap<>();
      CopyImageRequest req = CopyGenerations.request(source, sourceRegion, r, copyName, description, encrypted, key,
          copyTags, tags, parts);
      tokenParts.put(r, parts);
      out.put(r, req);
    }
    return out;
  }

  private NewImage.Tracked start(Region region, CopyImageRequest req, Progress progress, Instant deadline,
      Map<Region, ImageId> accepted) {
    return CopyGenerations.copy(engine, region, req, tokenParts.get(region), progress, deadline,
        i -> i + " in " + region, i -> accepted.put(region, i));
  }

  /**
   * Starts a copy in every destination and awaits all of them.
   *
   * @return the pending copies by region; fails with the first copy that fails
   */
  public Pending<Map<Region, Image>> submit() {
    Map<Region, CopyImageRequest> reqs = requests();
    Progress progress = engine.progress("CopyImage");
    Instant deadline = engine.deadline();
    Map<Region, CompletableFuture<Image>> each = new LinkedHashMap<>();
    List<Runnable> cancels = new ArrayList<>();
    Map<Region, ImageId> accepted = new java.util.concurrent.ConcurrentHashMap<>();
    reqs.forEach((region, req) -> {
      NewImage.Tracked t = start(region, req, progress, deadline, accepted);
      each.put(region, t.image);
      cancels.add(t.cancel);
    });
    CompletableFuture<Map<Region, Image>> all = new CompletableFuture<>();
    each.forEach((region, f) -> f.whenComplete((img, e) -> {
      if (e != null) {
        Throwable cause = CallRunner.unwrap(e);
        if (accepted.keySet().stream().anyMatch(r -> !r.equals(region))) {
          // Copies into other regions go on: the failure names them, so that none is left unknown.
          cause = new AmiCopyFailedException(region, new LinkedHashMap<>(accepted), cause);
        }
        progress.report(source + " to " + region, "failed", String.valueOf(cause.getMessage()));
        if (all.completeExceptionally(cause)) {
          // The copy has failed as a whole: stop awaiting the other regions (their copies go on).
          cancels.forEach(Runnable::run);
        }
      } else if (each.values().stream().allMatch(x -> x.isDone() && !x.isCompletedExceptionally())) {
        Map<Region, Image> done = new LinkedHashMap<>();
        each.forEach((r, x) -> done.put(r, x.join()));
        all.complete(done);
      }
    }));
    return engine.pending(all, progress).whenCancelled(() -> cancels.forEach(Runnable::run));
  }

  /**
   * Asks each destination whether CopyImage would be allowed, copying nothing.
   *
   * @return the first refusal, or allowed
   */
  public DryRunResult dryRun() {
    List<CompletableFuture<DryRunResult>> runs = new ArrayList<>();
    requests().forEach((region, req) -> runs.add(engine.runner().dryRun(region, Ec2Action.COPY_IMAGE,
        c -> engine.provider().copyImage(c, req))));
    return DryRuns.combine(engine.runner(), runs);
  }

  /**
   * The one-region form of a copy: the same options, and {@link #submit()} answers the copy
   * itself. Made by {@link CopySpec#toRegion(Region)}.
   *
   * <pre>{@code
   * Pending<Image> copy = amis.copy(golden.id()).toRegion(Region.of("eu-west-1"))
   *     .encryptedWith(KmsKey.alias("alias/ami")).copyTags().submit();
   * Image west = copy.await();
   * }</pre>
   */
  public final class OneRegion {
    private final Region destination;

    private OneRegion(Region destination) {
      this.destination = destination;
    }

    /**
     * The source image's region, when not the client's.
     *
     * @param region the region
     * @return this spec
     */
    public OneRegion from(Region region) {
      CopySpec.this.from(region);
      return this;
    }

    /**
     * The copy's name (default: the source's name).
     *
     * @param name 3 to 128 characters
     * @return this spec
     */
    public OneRegion named(String name) {
      CopySpec.this.named(name);
      return this;
    }

    /**
     * The copy's description.
     *
     * @param description at most 255 characters
     * @return this spec
     */
    public OneRegion description(String description) {
      CopySpec.this.description(description);
      return this;
    }

    /**
     * Encrypts the copy with the destination's default EBS key.
     *
     * @return this spec
     */
    public OneRegion encrypted() {
      CopySpec.this.encrypted();
      return this;
    }

    /**
     * Encrypts the copy with a KMS key of the destination region.
     *
     * @param key the key
     * @return this spec
     */
    public OneRegion encryptedWith(KmsKey key) {
      Check.notNull("kmsKey", key);
      CopySpec.this.encryptedWith(r -> key);
      return this;
    }

    /**
     * Copies the source's user-defined tags to the copy.
     *
     * @return this spec
     */
    public OneRegion copyTags() {
      CopySpec.this.copyTags();
      return this;
    }

    /**
     * Tags the copy.
     *
     * @param key the key
     * @param value the value
     * @return this spec
     */
    public OneRegion tag(String key, String value) {
      CopySpec.this.tag(key, value);
      return this;
    }

    /** The destination region. */
    public Region destination() {
      return destination;
    }

    /**
     * Starts the copy and awaits it.
     *
     * @return the pending copy
     */
    public Pending<Image> submit() {
      CopyImageRequest req = requests().get(destination);
      Progress progress = engine.progress("CopyImage");
      NewImage.Tracked t = start(destination, req, progress, engine.deadline(),
          new java.util.concurrent.ConcurrentHashMap<>());
      CompletableFuture<Image> out = new CompletableFuture<>();
      t.image.whenComplete((img, e) -> {
        if (e != null) {
          Throwable cause = CallRunner.unwrap(e);
          progress.report(source + " to " + destination, "failed", String.valueOf(cause.getMessage()));
          out.completeExceptionally(cause);
        } else {
          out.complete(img);
        }
      });
      return engine.pending(out, progress).whenCancelled(t.cancel);
    }

    /**
     * Asks the destination whether CopyImage would be allowed, copying nothing.
     *
     * @return the verdict
     */
    public DryRunResult dryRun() {
      return CopySpec.this.dryRun();
    }

    @Override
    public String toString() {
      return "CopySpec.OneRegion[" + source + " to " + destination + "]";
    }
  }
}
