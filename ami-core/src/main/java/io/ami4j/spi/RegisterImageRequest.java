package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.BootMode;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.Tags;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import io.ami4j.model.WireValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * RegisterImage: an EBS-backed image from a root snapshot (block device mappings with the root
 * device's snapshot), or an instance-store image from an S3 manifest ({@code imageLocation}).
 */
@Value.Immutable
public abstract class RegisterImageRequest {
  /** The image name. */
  public abstract String name();

  /** The description. */
  public abstract Optional<String> description();

  /** The S3 manifest of an instance-store image. */
  public abstract Optional<String> imageLocation();

  /** The architecture (EC2's default: {@code i386} for a manifest, else required in practice). */
  public abstract Optional<Architecture> architecture();

  /** The root device name, e.g. {@code /dev/xvda}. */
  public abstract Optional<String> rootDeviceName();

  /** The virtualization type. */
  public abstract Optional<VirtualizationType> virtualizationType();

  /** Whether ENA is enabled. */
  public abstract Optional<Boolean> enaSupport();

  /** SR-IOV: {@code simple}. */
  public abstract Optional<String> sriovNetSupport();

  /** The boot mode. */
  public abstract Optional<BootMode> bootMode();

  /** NitroTPM. */
  public abstract Optional<TpmSupport> tpmSupport();

  /** IMDS version required. */
  public abstract Optional<ImdsSupport> imdsSupport();

  /** Block device mappings (for an EBS image, the root device's mapping carries the snapshot). */
  public abstract List<BlockDeviceMapping> blockDeviceMappings();

  /** Billing products (for AWS partners). */
  public abstract List<String> billingProducts();

  /** Tags for the new image. */
  public abstract Map<String, String> tags();

  @Value.Check
  protected void check() {
    io.ami4j.model.VolumeLimits.checkRatios(blockDeviceMappings());
    Check.matches("name", name(), Rules.IMAGE_NAME, Rules.IMAGE_NAME_RULE);
    description().ifPresent(d -> Check.that(d.length() <= Rules.DESCRIPTION_MAX, "description", d,
        "must be at most " + Rules.DESCRIPTION_MAX + " characters"));
    Tags.check(tags());
    architecture().ifPresent(a -> WireValue.requireKnown("architecture", a));
    virtualizationType().ifPresent(v -> WireValue.requireKnown("virtualizationType", v));
    imageLocation().ifPresent(l -> Check.matches("imageLocation", l, Rules.IMAGE_LOCATION, Rules.IMAGE_LOCATION_RULE));
    rootDeviceName().ifPresent(d -> Check.matches("rootDeviceName", d, Rules.DEVICE_NAME, Rules.DEVICE_NAME_RULE));
    if (imageLocation().isEmpty()) {
      Check.that(rootDeviceName().isPresent(), "rootDeviceName", null,
          "must be given to register an EBS-backed image (or give imageLocation for an instance-store image)");
      boolean rootHasSnapshot = blockDeviceMappings().stream()
          .anyMatch(m -> m.deviceName().equals(rootDeviceName().get())
              && m.ebs().flatMap(e -> e.snapshotId()).isPresent());
      Check.that(rootHasSnapshot, "blockDeviceMappings", rootDeviceName().get(),
          "must map the root device to an EBS snapshot");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegisterImageRequest}. */
  public static final class Builder extends ImmutableRegisterImageRequest.Builder {}
}
