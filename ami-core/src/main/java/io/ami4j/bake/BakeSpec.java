package io.ami4j.bake;

import io.ami4j.AmiBakeFailedException;
import io.ami4j.AmiValidationException;
import io.ami4j.DryRunResult;
import io.ami4j.Pending;
import io.ami4j.ProgressListener;
import io.ami4j.internal.bake.BakePipeline;
import io.ami4j.internal.bake.BakePlan;
import io.ami4j.internal.bake.ImageNames;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.engine.VerbAccess;
import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.LaunchChecks;
import io.ami4j.internal.validate.Rules;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.Tags;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bakes your own image from a base image as one safe pipeline: launch a builder instance whose
 * user data customizes it and then powers it off, create the image from the stopped builder, copy
 * it to other regions, share it, set its deprecation time and deregistration protection. A
 * single-use spec.
 *
 * <pre>{@code
 * BakeResult r = amis.bake(base.id())
 *     .instanceType("t3.small").subnet("subnet-0abc1234").securityGroups("sg-0abc1234")
 *     .iamInstanceProfile("image-builder")
 *     .userData("#!/bin/bash\nset -e\ndnf -y install nginx\nsystemctl enable nginx\nshutdown -h now\n")
 *     .customizeTimeout(Duration.ofMinutes(30))
 *     .named("web-{version}-{date}").version("1.4.2").description("web tier")
 *     .tag("team", "web")
 *     .copyTo(Region.of("eu-west-1"), KmsKey.alias("alias/ami"))
 *     .shareWith(LaunchPermission.account("123456789012")).shareSnapshots()
 *     .deprecateAfter(Duration.ofDays(90)).protect(false)
 *     .submit().await();
 * }</pre>
 *
 * <p>Nothing is left behind: the builder is terminated whatever happens (success, a failure in
 * any stage, a deadline, {@link Pending#cancel()}), and after a failure every image and snapshot
 * the bake made is deregistered and deleted. Everything the bake makes carries the tag
 * {@value BakeTags#BAKE} with the bake id, so {@link Bakes#sweep(Duration)} can remove what a
 * crashed process left. A failed bake's {@link Pending#await()} throws
 * {@link AmiBakeFailedException} carrying the report.
 *
 * <p>The image name may hold {@code {date}} (the client clock's UTC time as
 * {@code yyyy-MM-dd'T'HHmm}) and {@code {version}} ({@link #version(String)}).
 */
public final class BakeSpec {
  /** The customization's deadline when none is given. */
  public static final Duration DEFAULT_CUSTOMIZE_TIMEOUT = Duration.ofMinutes(60);

  private final Engine engine;
  private final BakePlan.Values v = new BakePlan.Values();
  private final List<String> securityGroups = new ArrayList<>();
  private final List<BlockDeviceMapping> blockDevices = new ArrayList<>();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private final Map<Region, Optional<KmsKey>> copies = new LinkedHashMap<>();
  private final List<LaunchPermission> shareWith = new ArrayList<>();
  private final List<ProgressListener> listeners = new ArrayList<>();
  private String namePattern;

  static {
    VerbAccess.bakeSpec(BakeSpec::new);
  }

  BakeSpec(Engine engine, ImageId base) {
    this.engine = engine;
    v.baseImage = base;
    v.region = engine.defaultRegion();
    v.instanceType = "t3.micro";
    v.customizeTimeout = DEFAULT_CUSTOMIZE_TIMEOUT;
  }

  /**
   * The region of the base image, the builder and the new image, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public BakeSpec in(Region region) {
    v.region = Check.notNull("region", region);
    return this;
  }

  /**
   * The builder's instance type (default {@code t3.micro}).
   *
   * @param type e.g. {@code m7g.large} (its architecture must match the base image)
   * @return this spec
   */
  public BakeSpec instanceType(String type) {
    v.instanceType = Check.notNull("instanceType", type);
    return this;
  }

  /**
   * The builder's subnet (default: the default VPC's).
   *
   * @param subnetId e.g. {@code subnet-0abc…}
   * @return this spec
   */
  public BakeSpec subnet(String subnetId) {
    v.subnetId = LaunchChecks.subnetId(subnetId);
    return this;
  }

  /**
   * The builder's security groups.
   *
   * @param groupIds e.g. {@code sg-0abc…}
   * @return this spec
   */
  public BakeSpec securityGroups(String... groupIds) {
    for (String g : Check.noNulls("securityGroupIds", groupIds)) {
      securityGroups.add(LaunchChecks.securityGroupId(g));
    }
    return this;
  }

  /**
   * The builder's IAM instance profile (what its user data may call: S3, SSM…).
   *
   * @param nameOrArn its name or ARN
   * @return this spec
   */
  public BakeSpec iamInstanceProfile(String nameOrArn) {
    v.iamInstanceProfile = LaunchChecks.iamInstanceProfile(nameOrArn);
    return this;
  }

  /**
   * The customization: a user-data script that must end by powering the instance off (e.g.
   * {@code shutdown -h now}); the bake waits for {@code stopped}. A script that fails before that
   * line never stops the instance, and the bake ends at {@link #customizeTimeout(Duration)}.
   *
   * @param script at most 16,384 bytes as UTF-8 (EC2's 16 KB raw limit)
   * @return this spec
   */
  public BakeSpec userData(String script) {
    LaunchChecks.userData(script);
    Check.that(!script.isBlank(), "userData", script, "must not be blank: it is the customization");
    v.userData = script;
    return this;
  }

  /**
   * How long the user data may run until the builder is {@code stopped} (default 60 minutes).
   *
   * @param timeout more than zero
   * @return this spec
   */
  public BakeSpec customizeTimeout(Duration timeout) {
    Check.notNull("customizeTimeout", timeout);
    Check.that(!timeout.isNegative() && !timeout.isZero(), "customizeTimeout", timeout, "must be more than zero");
    v.customizeTimeout = timeout;
    return this;
  }

  /**
   * Changes or adds a block device of the builder; its volumes become the image's snapshots.
   *
   * @param mapping e.g. a bigger root volume
   * @return this spec
   */
  public BakeSpec blockDevice(BlockDeviceMapping mapping) {
    blockDevices.add(Check.notNull("blockDeviceMapping", mapping));
    io.ami4j.model.VolumeLimits.checkRatios(List.of(mapping));
    return this;
  }

  /**
   * The image name; may hold {@code {date}} and {@code {version}}.
   *
   * @param pattern e.g. {@code web-{version}-{date}}
   * @return this spec
   */
  public BakeSpec named(String pattern) {
    this.namePattern = Check.notNull("name", pattern);
    return this;
  }

  /**
   * The version: fills {@code {version}} in the name and is tagged {@value BakeTags#VERSION}.
   *
   * @param version e.g. {@code 1.4.2}
   * @return this spec
   */
  public BakeSpec version(String version) {
    Check.notNull("version", version);
    Check.that(!version.isBlank(), "version", version, "must not be blank");
    v.version = version;
    return this;
  }

  /**
   * The image's description (the copies get it too).
   *
   * @param description at most 255 characters
   * @return this spec
   */
  public BakeSpec description(String description) {
    Check.description(description);
    v.description = description;
    return this;
  }

  /**
   * Tags the image, its copies and all their snapshots.
   *
   * @param key the key (not starting {@code aws:} or {@code ami4j:})
   * @param value the value
   * @return this spec
   */
  public BakeSpec tag(String key, String value) {
    Tags.checkTag(key, value);
    Check.that(!key.toLowerCase(Locale.ROOT).startsWith("ami4j:"), "tag key", key,
        "must not start with 'ami4j:' (the bake's own tags)");
    tags.put(key, value);
    return this;
  }

  /**
   * Copies the image to regions, unencrypted (unless the source is encrypted).
   *
   * @param regions other regions
   * @return this spec
   */
  public BakeSpec copyTo(Region... regions) {
    for (Region r : Check.notNull("regions", regions)) {
      copies.put(Check.notNull("region", r), Optional.empty());
    }
    return this;
  }

  /**
   * Copies the image to a region, encrypted with a KMS key of that region (keys are regional).
   *
   * @param region another region
   * @param key the key there
   * @return this spec
   */
  public BakeSpec copyTo(Region region, KmsKey key) {
    copies.put(Check.notNull("region", region), Optional.of(Check.notNull("kmsKey", key)));
    return this;
  }

  /**
   * Grants launch permission on the image and its copies.
   *
   * @param permissions accounts, organizations, OUs (not public)
   * @return this spec
   */
  public BakeSpec shareWith(LaunchPermission... permissions) {
    for (LaunchPermission p : Check.notNull("launchPermissions", permissions)) {
      Check.notNull("launchPermission", p);
      Check.that(!p.isPublic(), "launchPermission", p,
          "must not be public in a bake: make an image public with sharing(id).makePublic() after checking it");
      shareWith.add(p);
    }
    return this;
  }

  /**
   * Also gives the shared accounts {@code createVolumePermission} on the snapshots (so they can
   * copy the image).
   *
   * @return this spec
   */
  public BakeSpec shareSnapshots() {
    v.shareSnapshots = true;
    return this;
  }

  /**
   * Deprecates the image and its copies at a time.
   *
   * @param at after the bake, at most 10 years ahead
   * @return this spec
   */
  public BakeSpec deprecateAt(Instant at) {
    v.deprecateAt = Check.notNull("deprecateAt", at);
    v.deprecateAfter = null;
    return this;
  }

  /**
   * Deprecates the image and its copies this long after the bake ends.
   *
   * @param after more than zero, at most 10 years
   * @return this spec
   */
  public BakeSpec deprecateAfter(Duration after) {
    Check.notNull("deprecateAfter", after);
    Check.that(!after.isNegative() && !after.isZero(), "deprecateAfter", after, "must be more than zero");
    v.deprecateAfter = after;
    v.deprecateAt = null;
    return this;
  }

  /**
   * Turns deregistration protection on for the image and its copies, as the bake's last step.
   *
   * @param withCooldown whether turning it off later takes effect only after 24 hours
   * @return this spec
   */
  public BakeSpec protect(boolean withCooldown) {
    v.protect = true;
    v.protectWithCooldown = withCooldown;
    return this;
  }

  /**
   * Adds a listener for this bake's progress, from its first event on.
   *
   * @param listener the listener
   * @return this spec
   */
  public BakeSpec listener(ProgressListener listener) {
    listeners.add(Check.notNull("listener", listener));
    return this;
  }

  /**
   * Checks the spec, fills the name in and starts the bake: a chain of steps on the client's
   * scheduler, holding no thread while it waits; cleanup runs however it ends.
   *
   * @return the pending report; a failure is an {@link AmiBakeFailedException}
   * @throws AmiValidationException when a value breaks a rule, before anything is made
   */
  public Pending<BakeResult> submit() {
    return BakePipeline.start(engine, plan(), listeners);
  }

  /**
   * Checks the spec as {@link #submit()} does, then asks the backend whether the bake's first
   * change, launching its builder, would be allowed (EC2's {@code DryRun} on RunInstances); makes
   * nothing. The later steps (create, copy, share) act on resources the bake has yet to make.
   *
   * @return the verdict
   * @throws AmiValidationException when a value breaks a rule, before any call
   */
  public DryRunResult dryRun() {
    return BakePipeline.dryRun(engine, plan());
  }

  private BakePlan plan() {
    Check.that(v.userData != null, "userData", null,
        "must be given: the customization script, ending by powering the instance off");
    Check.that(namePattern != null, "name", null, "must be given: named(\"web-{date}\")");
    Check.that(!copies.containsKey(v.region), "copyTo", v.region, "must name other regions than the bake's own");
    Instant now = engine.clock().instant();
    v.imageName = ImageNames.fill(namePattern, now, v.version);
    Check.matches("name", v.imageName, Rules.IMAGE_NAME, Rules.IMAGE_NAME_RULE);
    Check.that(tags.size() + 8 <= Rules.TAGS_MAX, "tags", tags.size() + " tags",
        "must be at most " + (Rules.TAGS_MAX - 8) + ": the bake adds up to 8 of its own");
    if (v.deprecateAt != null) {
      Check.that(v.deprecateAt.isAfter(now), "deprecateAt", v.deprecateAt, "must be in the future");
      Check.that(!v.deprecateAt.isAfter(now.plus(Duration.ofDays(3650))), "deprecateAt", v.deprecateAt,
          "must be at most 10 years ahead");
    }
    if (v.deprecateAfter != null) {
      Check.that(v.deprecateAfter.compareTo(Duration.ofDays(3650)) <= 0, "deprecateAfter", v.deprecateAfter,
          "must be at most 10 years");
    }
    v.bakeId = "bake-" + now.truncatedTo(ChronoUnit.SECONDS).toString().replaceAll("[-:Z]", "").toLowerCase(Locale.ROOT)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
    v.securityGroupIds = securityGroups;
    v.blockDevices = blockDevices;
    v.tags = tags;
    v.copies = copies;
    v.shareWith = shareWith;
    return new BakePlan(v);
  }
}
