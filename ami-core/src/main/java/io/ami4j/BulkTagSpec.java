package io.ami4j;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.DryRuns;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Region;
import io.ami4j.model.ResourceId;
import io.ami4j.model.Tags;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Tags many images at once — and, when asked, their snapshots — with as few calls as EC2 allows:
 * one CreateTags (and one DeleteTags) per {@value #RESOURCES_PER_CALL} resources, run through the
 * bulk scheduler at the TAGS bucket's rate.
 *
 * <pre>{@code
 * BulkTagResult r = amis.tagImages(ids).add("retire", "2027-01").tagSnapshots().apply();
 * }</pre>
 */
public final class BulkTagSpec {
  /** Resource ids per CreateTags or DeleteTags call (EC2 takes up to 1000). */
  public static final int RESOURCES_PER_CALL = 1000;
  private static final int IDS_PER_DESCRIBE = 200;

  private final Engine engine;
  private final List<ImageId> images;
  private final Map<String, String> add = new LinkedHashMap<>();
  private final Set<String> remove = new LinkedHashSet<>();
  private boolean tagSnapshots;
  private Region region;

  BulkTagSpec(Engine engine, List<ImageId> images) {
    this.engine = engine;
    this.images = images;
    this.region = engine.defaultRegion();
  }

  /**
   * The images' region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public BulkTagSpec in(Region region) {
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
  public BulkTagSpec add(String key, String value) {
    Tags.checkTag(key, value);
    add.put(key, value);
    return this;
  }

  /**
   * Removes tags by key.
   *
   * @param keys the keys
   * @return this spec
   */
  public BulkTagSpec remove(String... keys) {
    for (String k : Check.noNulls("tag keys", keys)) {
      remove.add(Tags.checkTagKey(k));
    }
    return this;
  }

  /**
   * Tags the images' snapshots too (found with one DescribeImages call per 200 images).
   *
   * @return this spec
   */
  public BulkTagSpec tagSnapshots() {
    this.tagSnapshots = true;
    return this;
  }

  /**
   * Applies the change.
   *
   * @return the resources changed and the calls made
   * @throws AmiValidationException when nothing is to change
   */
  public BulkTagResult apply() {
    checkChange();
    Instant deadline = engine.deadline();
    List<ResourceId> resources = new ArrayList<>(images);
    int describeCalls = tagSnapshots ? addSnapshots(resources, deadline) : 0;
    List<CompletableFuture<Void>> calls = new ArrayList<>();
    for (int from = 0; from < resources.size(); from += RESOURCES_PER_CALL) {
      List<ResourceId> batch = List.copyOf(resources.subList(from, Math.min(resources.size(), from + RESOURCES_PER_CALL)));
      if (!add.isEmpty()) {
        Map<String, String> tags = Map.copyOf(add);
        calls.add(engine.bulk().submit(region, Ec2Action.CREATE_TAGS, deadline, "CreateTags", c -> {
          engine.provider().createTags(c, batch, tags);
          return null;
        }));
      }
      if (!remove.isEmpty()) {
        Set<String> keys = Set.copyOf(remove);
        calls.add(engine.bulk().submit(region, Ec2Action.DELETE_TAGS, deadline, "DeleteTags", c -> {
          engine.provider().deleteTags(c, batch, keys);
          return null;
        }));
      }
    }
    engine.runner().join(CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])));
    return BulkTagResult.builder().resources(resources).tagCalls(calls.size()).describeCalls(describeCalls).build();
  }

  /**
   * Asks the backend whether the change would be allowed (EC2's {@code DryRun} on each CreateTags
   * and DeleteTags call the change would make, after ami4j's own checks); changes nothing.
   *
   * @return the verdict
   * @throws AmiValidationException when nothing is to change
   */
  public DryRunResult dryRun() {
    checkChange();
    List<ResourceId> resources = new ArrayList<>(images);
    if (tagSnapshots) {
      addSnapshots(resources, engine.deadline());
    }
    List<CompletableFuture<DryRunResult>> runs = new ArrayList<>();
    for (int from = 0; from < resources.size(); from += RESOURCES_PER_CALL) {
      List<ResourceId> batch = List.copyOf(resources.subList(from, Math.min(resources.size(), from + RESOURCES_PER_CALL)));
      if (!add.isEmpty()) {
        Map<String, String> tags = Map.copyOf(add);
        runs.add(engine.runner().dryRun(region, Ec2Action.CREATE_TAGS, c -> engine.provider().createTags(c, batch, tags)));
      }
      if (!remove.isEmpty()) {
        Set<String> keys = Set.copyOf(remove);
        runs.add(engine.runner().dryRun(region, Ec2Action.DELETE_TAGS, c -> engine.provider().deleteTags(c, batch, keys)));
      }
    }
    return DryRuns.combine(engine.runner(), runs);
  }

  private void checkChange() {
    Check.that(!add.isEmpty() || !remove.isEmpty(), "tags", images.size() + " images",
        "must add or remove at least one tag");
  }

  /** Adds the images' snapshots, one DescribeImages call per 200 images; answers the calls made. */
  private int addSnapshots(List<ResourceId> resources, Instant deadline) {
    int describeCalls = 0;
    List<CompletableFuture<Page<Image>>> found = new ArrayList<>();
    for (int from = 0; from < images.size(); from += IDS_PER_DESCRIBE) {
      ImageQuery q = ImageQuery.builder().addFilters(Filter.of("image-id", images.subList(from,
          Math.min(images.size(), from + IDS_PER_DESCRIBE)).stream().map(ImageId::value).collect(Collectors.toList())))
          .includeDeprecated(true).includeDisabled(true).build();
      found.add(engine.bulk().submit(region, Ec2Action.DESCRIBE_IMAGES, deadline, "DescribeImages",
          c -> engine.provider().describeImages(c, q, PageRequest.ofSize(1000))));
      describeCalls++;
    }
    for (CompletableFuture<Page<Image>> f : found) {
      engine.runner().join(f).complete("DescribeImages").items().forEach(i -> resources.addAll(i.snapshotIds()));
    }
    return describeCalls;
  }
}
