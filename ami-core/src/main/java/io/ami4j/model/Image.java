package io.ami4j.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An Amazon Machine Image as DescribeImages reports it: every attribute a user needs to choose,
 * launch, share or retire it.
 */
@Value.Immutable
public abstract class Image {
  private static final String DISABLED_UNTIL = "disabled-until-";

  /** The image id. */
  public abstract ImageId id();

  /** The name, unique per account and region. */
  public abstract String name();

  /** The description. */
  public abstract Optional<String> description();

  /** The owning account. */
  public abstract AccountId ownerId();

  /** The owner alias, e.g. {@code amazon} or {@code aws-marketplace}. */
  public abstract Optional<String> ownerAlias();

  /** When the image was created. */
  public abstract Instant creationDate();

  /** The state. */
  public abstract ImageState state();

  /** Why the image is in its state (for {@code failed} and {@code error}). */
  public abstract Optional<StateReason> stateReason();

  /** The architecture. */
  public abstract Architecture architecture();

  /** {@code windows} for Windows images; empty for Linux/Unix. */
  public abstract Optional<String> platform();

  /** The platform details, e.g. {@code Linux/UNIX} or {@code Windows}. */
  public abstract Optional<String> platformDetails();

  /** The billing operation, e.g. {@code RunInstances}. */
  public abstract Optional<String> usageOperation();

  /** The image type. */
  @Value.Default
  public ImageType imageType() {
    return ImageType.MACHINE;
  }

  /** The virtualization type. */
  @Value.Default
  public VirtualizationType virtualizationType() {
    return VirtualizationType.HVM;
  }

  /** Where the root device lives. */
  public abstract RootDeviceType rootDeviceType();

  /** The root device name, e.g. {@code /dev/xvda}. */
  public abstract Optional<String> rootDeviceName();

  /** The hypervisor. */
  public abstract Optional<Hypervisor> hypervisor();

  /** Whether ENA is enabled. */
  @Value.Default
  public boolean enaSupport() {
    return false;
  }

  /** SR-IOV support ({@code simple}) when enabled. */
  public abstract Optional<String> sriovNetSupport();

  /** The boot mode. */
  public abstract Optional<BootMode> bootMode();

  /** NitroTPM support. */
  public abstract Optional<TpmSupport> tpmSupport();

  /** IMDS version required. */
  public abstract Optional<ImdsSupport> imdsSupport();

  /** The block device mappings. */
  public abstract List<BlockDeviceMapping> blockDeviceMappings();

  /** Product codes (paid images). */
  public abstract List<ProductCode> productCodes();

  /** Whether anyone may launch it. */
  @Value.Default
  public boolean isPublic() {
    return false;
  }

  /** The tags. */
  public abstract Map<String, String> tags();

  /** When it is (or was) deprecated. */
  public abstract Optional<Instant> deprecationTime();

  /**
   * EC2's deregistration protection value: {@code enabled}, {@code enabled-with-cooldown},
   * {@code disabled}, or {@code disabled-until-…}.
   */
  public abstract Optional<String> deregistrationProtection();

  /** The image it was copied from. */
  public abstract Optional<ImageId> sourceImageId();

  /** The region of the image it was copied from. */
  public abstract Optional<Region> sourceImageRegion();

  /** The instance it was created from. */
  public abstract Optional<InstanceId> sourceInstanceId();

  /** The S3 manifest location of an instance-store image. */
  public abstract Optional<String> imageLocation();

  /** When an instance was last launched from it (updated by EC2 within a day). */
  public abstract Optional<Instant> lastLaunchedTime();

  /** The kernel id (paravirtual images). */
  public abstract Optional<String> kernelId();

  /** The RAM disk id (paravirtual images). */
  public abstract Optional<String> ramdiskId();

  /**
   * EC2's text of the fields whose value this release of ami4j does not know, keyed by the
   * field's name (e.g. {@code rootDeviceType → standard}). Such a field holds {@code UNKNOWN}
   * when it is required and is empty when it is optional; nothing EC2 answered is lost.
   */
  public abstract Map<String, String> unknownValues();

  /**
   * Whether deregistration protection is switched on (with or without cooldown). After it is
   * switched off with a cooldown, EC2 still refuses to deregister the image for 24 hours: use
   * {@link #isDeregistrationProtectedAt(Instant)} to decide whether a deregistration can succeed.
   */
  public boolean isDeregistrationProtected() {
    return deregistrationProtection().map(p -> p.startsWith("enabled")).orElse(false);
  }

  /**
   * Whether EC2 refuses to deregister the image at {@code now}: protection is on, or it was
   * switched off with a cooldown ({@code disabled-until-TIME}) that has not yet run out.
   *
   * @param now the current time
   * @return whether deregistration would be refused
   */
  public boolean isDeregistrationProtectedAt(Instant now) {
    if (isDeregistrationProtected()) {
      return true;
    }
    return deregistrationProtection().filter(p -> p.startsWith(DISABLED_UNTIL))
        .map(p -> {
          try {
            return now.isBefore(Instant.parse(p.substring(DISABLED_UNTIL.length())));
          } catch (DateTimeParseException e) {
            // an end we cannot read: assume the cooldown still runs rather than try and fail
            return true;
          }
        })
        .orElse(false);
  }

  /**
   * Whether the image is deprecated at {@code now}.
   *
   * @param now the current time
   * @return whether its deprecation time has passed
   */
  public boolean isDeprecatedAt(Instant now) {
    return deprecationTime().map(t -> !t.isAfter(now)).orElse(false);
  }

  /** Whether it is a Windows image. */
  public boolean isWindows() {
    return platform().map("windows"::equalsIgnoreCase).orElse(false);
  }

  /** Whether it carries a marketplace product code (launching needs a subscription). */
  public boolean isPaid() {
    return !productCodes().isEmpty();
  }

  /** The snapshots behind its EBS mappings, in mapping order. */
  public List<SnapshotId> snapshotIds() {
    return blockDeviceMappings().stream()
        .flatMap(m -> m.ebs().flatMap(EbsBlockDevice::snapshotId).stream())
        .collect(Collectors.toList());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every value of {@code image}, to derive a changed copy.
   *
   * @param image the image to copy
   * @return a builder
   */
  public static Builder builder(Image image) {
    Builder b = new Builder();
    b.from(image);
    return b;
  }

  /** Builds an {@link Image}. */
  public static final class Builder extends ImmutableImage.Builder {}
}
