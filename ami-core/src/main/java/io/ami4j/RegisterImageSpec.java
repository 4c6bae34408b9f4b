package io.ami4j;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.IdempotentImageCall;
import io.ami4j.internal.spec.NewImage;
import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.BootMode;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import io.ami4j.model.WireValue;
import io.ami4j.model.VolumeLimits;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RegisterImageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Registers an image (RegisterImage) from an EBS root snapshot or an instance-store manifest, and
 * awaits it. A single-use spec.
 *
 * <pre>{@code
 * Image imported = amis.register().fromSnapshot(SnapshotId.of("snap-0123456789abcdef0"))
 *     .named("imported-2026").architecture(Architecture.ARM64).rootDevice("/dev/xvda")
 *     .bootMode(BootMode.UEFI).ena().tpm().imdsV2()
 *     .submit().await();
 * }</pre>
 *
 * <p>RegisterImage takes no idempotency token: a retry that finds the name taken resolves to the
 * image of the same name and the same root snapshot (or manifest) the lost attempt made.
 */
public final class RegisterImageSpec {
  private final Engine engine;
  private final SnapshotId rootSnapshot;
  private final String manifest;
  private final RegisterImageRequest.Builder request = RegisterImageRequest.builder();
  private final List<BlockDeviceMapping> extraDevices = new ArrayList<>();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private String rootDevice = "/dev/xvda";
  private EbsBlockDevice.Builder root;
  private Region region;

  /** Where the image comes from. */
  public static final class Source {
    private final Engine engine;

    Source(Engine engine) {
      this.engine = engine;
    }

    /**
     * An EBS-backed image whose root volume is made from a snapshot.
     *
     * @param snapshot the root snapshot
     * @return the spec
     */
    public RegisterImageSpec fromSnapshot(SnapshotId snapshot) {
      return new RegisterImageSpec(engine, Check.notNull("snapshotId", snapshot), null);
    }

    /**
     * An instance-store image from a bundle manifest in S3.
     *
     * @param imageLocation {@code BUCKET/PATH.manifest.xml}
     * @return the spec
     */
    public RegisterImageSpec fromManifest(String imageLocation) {
      return new RegisterImageSpec(engine, null,
          Check.matches("imageLocation", imageLocation, Rules.IMAGE_LOCATION, Rules.IMAGE_LOCATION_RULE));
    }
  }

  private RegisterImageSpec(Engine engine, SnapshotId rootSnapshot, String manifest) {
    this.engine = engine;
    this.rootSnapshot = rootSnapshot;
    this.manifest = manifest;
    this.region = engine.defaultRegion();
    if (rootSnapshot != null) {
      this.root = EbsBlockDevice.builder().snapshotId(rootSnapshot);
      request.virtualizationType(VirtualizationType.HVM);
    } else {
      request.imageLocation(manifest);
    }
  }

  /**
   * The region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public RegisterImageSpec in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * The image name.
   *
   * @param name 3 to 128 characters
   * @return this spec
   */
  public RegisterImageSpec named(String name) {
    request.name(Check.matches("name", name, Rules.IMAGE_NAME, Rules.IMAGE_NAME_RULE));
    return this;
  }

  /**
   * The description.
   *
   * @param description at most 255 characters
   * @return this spec
   */
  public RegisterImageSpec description(String description) {
    request.description(Check.description(description));
    return this;
  }

  /**
   * The architecture.
   *
   * @param architecture the architecture
   * @return this spec
   */
  public RegisterImageSpec architecture(Architecture architecture) {
    request.architecture(WireValue.requireKnown("architecture", Check.notNull("architecture", architecture)));
    return this;
  }

  /**
   * The root device name (default {@code /dev/xvda} for a snapshot).
   *
   * @param deviceName e.g. {@code /dev/sda1}
   * @return this spec
   */
  public RegisterImageSpec rootDevice(String deviceName) {
    this.rootDevice = Check.matches("rootDeviceName", deviceName, Rules.DEVICE_NAME, Rules.DEVICE_NAME_RULE);
    return this;
  }

  /**
   * Changes the root volume (size, type, encryption); its snapshot stays the one given.
   *
   * @param size size in GiB
   * @param type the volume type
   * @return this spec
   */
  public RegisterImageSpec rootVolume(int size, io.ami4j.model.VolumeType type) {
    requireSnapshot("rootVolume");
    Check.notNull("volumeType", type);
    VolumeLimits.check(type, size, null, null);
    root.volumeSize(size).volumeType(type);
    return this;
  }

  /**
   * The virtualization type (default {@code hvm} for a snapshot).
   *
   * @param type the type
   * @return this spec
   */
  public RegisterImageSpec virtualizationType(VirtualizationType type) {
    request.virtualizationType(WireValue.requireKnown("virtualizationType", Check.notNull("virtualizationType", type)));
    return this;
  }

  /**
   * The boot mode.
   *
   * @param mode the mode
   * @return this spec
   */
  public RegisterImageSpec bootMode(BootMode mode) {
    request.bootMode(Check.notNull("bootMode", mode));
    return this;
  }

  /**
   * Enables ENA networking.
   *
   * @return this spec
   */
  public RegisterImageSpec ena() {
    request.enaSupport(true);
    return this;
  }

  /**
   * Enables NitroTPM 2.0.
   *
   * @return this spec
   */
  public RegisterImageSpec tpm() {
    request.tpmSupport(TpmSupport.V2_0);
    return this;
  }

  /**
   * Requires IMDSv2 on instances launched from the image.
   *
   * @return this spec
   */
  public RegisterImageSpec imdsV2() {
    request.imdsSupport(ImdsSupport.V2_0);
    return this;
  }

  /**
   * Adds a device besides the root.
   *
   * @param mapping the mapping
   * @return this spec
   */
  public RegisterImageSpec blockDevice(BlockDeviceMapping mapping) {
    extraDevices.add(Check.notNull("blockDeviceMapping", mapping));
    io.ami4j.model.VolumeLimits.checkRatios(List.of(mapping));
    return this;
  }

  /**
   * Tags the image.
   *
   * @param key the key
   * @param value the value
   * @return this spec
   */
  public RegisterImageSpec tag(String key, String value) {
    io.ami4j.model.Tags.checkTag(key, value);
    tags.put(key, value);
    return this;
  }

  private void requireSnapshot(String what) {
    Check.that(rootSnapshot != null, what, manifest, "applies to an image registered from a snapshot");
  }

  private RegisterImageRequest build() {
    List<BlockDeviceMapping> devices = new ArrayList<>();
    if (rootSnapshot != null) {
      request.rootDeviceName(rootDevice);
      devices.add(BlockDeviceMapping.ebs(rootDevice, root.build()));
    }
    devices.addAll(extraDevices);
    try {
      return request.blockDeviceMappings(devices).tags(tags).build();
    } catch (IllegalStateException e) {
      throw new AmiValidationException("name", (Object) null, "must be given: named(\"…\")");
    }
  }

  private boolean sameSource(Image i) {
    if (rootSnapshot == null) {
      return i.imageLocation().map(manifest::equals).orElse(false);
    }
    return i.rootDeviceName().map(rootDevice::equals).orElse(true)
        && i.blockDeviceMappings().stream().anyMatch(m -> m.deviceName().equals(rootDevice)
            && m.ebs().flatMap(EbsBlockDevice::snapshotId).map(s -> Objects.equals(s, rootSnapshot)).orElse(false));
  }

  /**
   * Starts RegisterImage and awaits {@code available}.
   *
   * @return the pending image
   * @throws AmiValidationException when a value breaks EC2's rules, before any call
   */
  public Pending<Image> submit() {
    RegisterImageRequest req = build();
    CompletableFuture<ImageId> id = IdempotentImageCall.run(engine, region, Ec2Action.REGISTER_IMAGE,
        engine.deadline(), req.name(), this::sameSource, c -> engine.provider().registerImage(c, req));
    return NewImage.pending(engine, region, id, engine.progress("RegisterImage"));
  }

  /**
   * Asks the backend whether RegisterImage would be allowed, registering nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRun() {
    RegisterImageRequest req = build();
    return engine.runner().join(engine.runner().dryRun(region, Ec2Action.REGISTER_IMAGE,
        c -> engine.provider().registerImage(c, req)));
  }
}
