package io.ami4j.internal.bake;

import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a bake was asked to do, validated and with the image name filled in; immutable.
 * Made by {@link io.ami4j.bake.BakeSpec} at submission.
 */
public final class BakePlan {
  /** The bake id, tagged on everything the bake makes. */
  public final String bakeId;
  /** Where the builder runs and the image is made. */
  public final Region region;
  /** The base image. */
  public final ImageId baseImage;
  /** The builder's instance type. */
  public final String instanceType;
  /** The subnet, or empty for the default VPC. */
  public final Optional<String> subnetId;
  /** Security groups. */
  public final List<String> securityGroupIds;
  /** The IAM instance profile, if any. */
  public final Optional<String> iamInstanceProfile;
  /** The customization script; it ends by powering the instance off. */
  public final String userData;
  /** The builder's block devices (they become the image's). */
  public final List<BlockDeviceMapping> blockDevices;
  /** How long the user data may run before the bake gives up. */
  public final Duration customizeTimeout;
  /** The image name, placeholders filled in. */
  public final String imageName;
  /** The description, if any. */
  public final Optional<String> description;
  /** The version, if any. */
  public final Optional<String> version;
  /** The user's tags for the image, its copies and their snapshots. */
  public final Map<String, String> tags;
  /** Destination regions, each with its KMS key or none (then: unencrypted unless the source is). */
  public final Map<Region, Optional<KmsKey>> copies;
  /** Who may launch the images. */
  public final List<LaunchPermission> shareWith;
  /** Whether the snapshots get createVolumePermission for the accounts too. */
  public final boolean shareSnapshots;
  /** When the images are deprecated: an absolute time, if given. */
  public final Optional<Instant> deprecateAt;
  /** When the images are deprecated: a time after the bake's end, if given. */
  public final Optional<Duration> deprecateAfter;
  /** Whether deregistration protection is turned on at the end. */
  public final boolean protect;
  /** Whether turning protection off later takes 24 hours. */
  public final boolean protectWithCooldown;

  /** Collects a plan's values. */
  public static final class Values {
    public String bakeId;
    public Region region;
    public ImageId baseImage;
    public String instanceType;
    public String subnetId;
    public List<String> securityGroupIds = List.of();
    public String iamInstanceProfile;
    public String userData;
    public List<BlockDeviceMapping> blockDevices = List.of();
    public Duration customizeTimeout;
    public String imageName;
    public String description;
    public String version;
    public Map<String, String> tags = Map.of();
    public Map<Region, Optional<KmsKey>> copies = Map.of();
    public List<LaunchPermission> shareWith = List.of();
    public boolean shareSnapshots;
    public Instant deprecateAt;
    public Duration deprecateAfter;
    public boolean protect;
    public boolean protectWithCooldown;
  }

  /**
   * Freezes the values.
   *
   * @param v the values
   */
  public BakePlan(Values v) {
    this.bakeId = v.bakeId;
    this.region = v.region;
    this.baseImage = v.baseImage;
    this.instanceType = v.instanceType;
    this.subnetId = Optional.ofNullable(v.subnetId);
    this.securityGroupIds = List.copyOf(v.securityGroupIds);
    this.iamInstanceProfile = Optional.ofNullable(v.iamInstanceProfile);
    this.userData = v.userData;
    this.blockDevices = List.copyOf(v.blockDevices);
    this.customizeTimeout = v.customizeTimeout;
    this.imageName = v.imageName;
    this.description = Optional.ofNullable(v.description);
    this.version = Optional.ofNullable(v.version);
    this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(v.tags));
    this.copies = Collections.unmodifiableMap(new LinkedHashMap<>(v.copies));
    this.shareWith = List.copyOf(v.shareWith);
    this.shareSnapshots = v.shareSnapshots;
    this.deprecateAt = Optional.ofNullable(v.deprecateAt);
    this.deprecateAfter = Optional.ofNullable(v.deprecateAfter);
    this.protect = v.protect;
    this.protectWithCooldown = v.protectWithCooldown;
  }
}
