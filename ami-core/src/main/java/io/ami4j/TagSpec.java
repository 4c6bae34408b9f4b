package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.DryRuns;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.ResourceId;
import io.ami4j.model.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Adds and removes tags of an image (and, when asked, of its snapshots), a snapshot or an
 * instance: one CreateTags and one DeleteTags call for all of them.
 *
 * <pre>{@code
 * TagResult tagged = amis.tags(imageId).add("env", "prod").remove("tmp").tagSnapshots().apply();
 * amis.tags(instanceId).add("role", "builder").apply();
 * }</pre>
 */
public final class TagSpec {
  private final Engine engine;
  private final ResourceId resource;
  private final Map<String, String> add = new LinkedHashMap<>();
  private final Set<String> remove = new LinkedHashSet<>();
  private boolean tagSnapshots;
  private Region region;

  TagSpec(Engine engine, ResourceId resource) {
    this.engine = engine;
    this.resource = Check.notNull("resource", resource);
    this.region = engine.defaultRegion();
  }

  /**
   * The resource's region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public TagSpec in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * Adds (or overwrites) a tag.
   *
   * @param key the key
   * @param value the value
   * @return this spec
   */
  public TagSpec add(String key, String value) {
    Tags.checkTag(key, value);
    add.put(key, value);
    return this;
  }

  /**
   * Adds (or overwrites) tags.
   *
   * @param tags the tags
   * @return this spec
   */
  public TagSpec add(Map<String, String> tags) {
    Check.notNull("tags", tags).forEach(this::add);
    return this;
  }

  /**
   * Removes tags by key.
   *
   * @param keys the keys
   * @return this spec
   */
  public TagSpec remove(String... keys) {
    for (String k : Check.noNulls("tag keys", keys)) {
      remove.add(Tags.checkTagKey(k));
    }
    return this;
  }

  /**
   * Applies the change to the image's snapshots too (only for an image).
   *
   * @return this spec
   */
  public TagSpec tagSnapshots() {
    this.tagSnapshots = true;
    return this;
  }

  private List<ResourceId> resources() {
    Check.that(!add.isEmpty() || !remove.isEmpty(), "tags", resource, "must add or remove at least one tag");
    Tags.check(add);
    List<ResourceId> out = new ArrayList<>();
    out.add(resource);
    if (tagSnapshots) {
      Check.that(resource instanceof ImageId, "tagSnapshots", resource, "must only be asked for an image");
      out.addAll(new ImageFinder(engine, region).get((ImageId) resource).snapshotIds());
    }
    return out;
  }

  /**
   * Applies the change.
   *
   * @return the resources changed: the resource, then (for an image) its snapshots
   */
  public TagResult apply() {
    List<ResourceId> targets = resources();
    if (!add.isEmpty()) {
      engine.runner().callNow(region, io.ami4j.spi.Ec2Action.CREATE_TAGS, c -> {
        engine.provider().createTags(c, targets, add);
        return null;
      });
    }
    if (!remove.isEmpty()) {
      engine.runner().callNow(region, io.ami4j.spi.Ec2Action.DELETE_TAGS, c -> {
        engine.provider().deleteTags(c, targets, remove);
        return null;
      });
    }
    return TagResult.builder().resources(targets).build();
  }

  /**
   * Asks the backend whether the change would be allowed; changes nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRun() {
    List<ResourceId> targets = resources();
    List<CompletableFuture<DryRunResult>> runs = new ArrayList<>();
    if (!add.isEmpty()) {
      runs.add(engine.runner().dryRun(region, io.ami4j.spi.Ec2Action.CREATE_TAGS,
          c -> engine.provider().createTags(c, targets, add)));
    }
    if (!remove.isEmpty()) {
      runs.add(engine.runner().dryRun(region, io.ami4j.spi.Ec2Action.DELETE_TAGS,
          c -> engine.provider().deleteTags(c, targets, remove)));
    }
    return DryRuns.combine(engine.runner(), runs);
  }

  @Override
  public String toString() {
    return "TagSpec[" + resource + ", add=" + add + ", remove=" + remove + ", snapshots=" + tagSnapshots + "]";
  }
}
