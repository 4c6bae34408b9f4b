package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.IdempotentImageCall;
import io.ami4j.internal.spec.NewImage;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.Tags;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Ec2Action;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Creates an image from an EBS-backed instance (CreateImage) and awaits it. A single-use spec.
 *
 * <pre>{@code
 * Image golden = amis.create().fromInstance(InstanceId.of("i-0123456789abcdef0"))
 *     .named("web-2026-11-27").description("web tier").noReboot()
 *     .tag("env", "prod").tagSnapshots()
 *     .submit().await();
 * }</pre>
 *
 * <p>CreateImage takes no idempotency token: when an attempt's answer is lost and the retry finds
 * the name taken, the spec resolves to the image that attempt made (same name, same instance),
 * never to a second image or a failure.
 */
public final class CreateImageSpec {
  private final Engine engine;
  private final InstanceId instance;
  private final CreateImageRequest.Builder request = CreateImageRequest.builder();
  private final Map<String, String> imageTags = new LinkedHashMap<>();
  private final Map<String, String> snapshotTags = new LinkedHashMap<>();
  private boolean tagSnapshots;
  private Region region;

  /** Where the image comes from. */
  public static final class Source {
    private final Engine engine;

    Source(Engine engine) {
      this.engine = engine;
    }

    /**
     * From an EBS-backed instance.
     *
     * @param instance the instance
     * @return the spec
     */
    public CreateImageSpec fromInstance(InstanceId instance) {
      return new CreateImageSpec(engine, Check.notNull("instanceId", instance));
    }
  }

  private CreateImageSpec(Engine engine, InstanceId instance) {
    this.engine = engine;
    this.instance = instance;
    this.region = engine.defaultRegion();
    request.instanceId(instance);
  }

  /**
   * The instance's region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public CreateImageSpec in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * The image name (unique per account and region).
   *
   * @param name 3 to 128 characters
   * @return this spec
   */
  public CreateImageSpec named(String name) {
    request.name(Check.matches("name", name, Rules.IMAGE_NAME, Rules.IMAGE_NAME_RULE));
    return this;
  }

  /**
   * The description.
   *
   * @param description at most 255 characters
   * @return this spec
   */
  public CreateImageSpec description(String description) {
    request.description(Check.description(description));
    return this;
  }

  /**
   * Skips the reboot EC2 does by default for a consistent file system.
   *
   * @return this spec
   */
  public CreateImageSpec noReboot() {
    request.noReboot(true);
    return this;
  }

  /**
   * Changes or adds a device.
   *
   * @param mapping the mapping
   * @return this spec
   */
  public CreateImageSpec blockDevice(BlockDeviceMapping mapping) {
    io.ami4j.model.VolumeLimits.checkRatios(List.of(Check.notNull("blockDeviceMapping", mapping)));
    request.addBlockDeviceMappings(mapping);
    return this;
  }

  /**
   * Tags the image.
   *
   * @param key the key
   * @param value the value
   * @return this spec
   */
  public CreateImageSpec tag(String key, String value) {
    Tags.checkTag(key, value);
    imageTags.put(key, value);
    return this;
  }

  /**
   * Tags the image.
   *
   * @param tags the tags
   * @return this spec
   */
  public CreateImageSpec tags(Map<String, String> tags) {
    Check.notNull("tags", tags).forEach(this::tag);
    return this;
  }

  /**
   * Gives the new snapshots the image's tags too (on top of any {@link #snapshotTag}).
   *
   * @return this spec
   */
  public CreateImageSpec tagSnapshots() {
    this.tagSnapshots = true;
    return this;
  }

  /**
   * Tags the new snapshots only.
   *
   * @param key the key
   * @param value the value
   * @return this spec
   */
  public CreateImageSpec snapshotTag(String key, String value) {
    Tags.checkTag(key, value);
    snapshotTags.put(key, value);
    return this;
  }

  private CreateImageRequest build() {
    Map<String, String> snaps = new LinkedHashMap<>();
    if (tagSnapshots) {
      snaps.putAll(imageTags);
    }
    snaps.putAll(snapshotTags);
    try {
      return request.imageTags(imageTags).snapshotTags(snaps).build();
    } catch (IllegalStateException e) {
      throw new AmiValidationException("name", (Object) null, "must be given: named(\"…\")");
    }
  }

  /**
   * Starts CreateImage and awaits {@code available}.
   *
   * @return the pending image
   * @throws AmiValidationException when a value breaks EC2's rules, before any call
   */
  public Pending<Image> submit() {
    CreateImageRequest req = build();
    Progress progress = engine.progress("CreateImage");
    // Same source: the instance, where the backend names it; the creation time is checked by the call.
    CompletableFuture<ImageId> id = IdempotentImageCall.run(engine, region, Ec2Action.CREATE_IMAGE,
        engine.deadline(), req.name(), i -> i.sourceInstanceId().map(instance::equals).orElse(true),
        c -> engine.provider().createImage(c, req));
    return NewImage.pending(engine, region, id, progress);
  }

  /**
   * Asks the backend whether CreateImage would be allowed, making nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRun() {
    CreateImageRequest req = build();
    return engine.runner().join(engine.runner().dryRun(region, Ec2Action.CREATE_IMAGE,
        c -> engine.provider().createImage(c, req)));
  }
}
