package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Tags;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** CreateImage: an image from an EBS-backed instance. */
@Value.Immutable
public abstract class CreateImageRequest {
  /** The instance. */
  public abstract InstanceId instanceId();

  /** The image name. */
  public abstract String name();

  /** The description. */
  public abstract Optional<String> description();

  /** Whether to skip the reboot that makes the snapshot consistent (EC2's default: reboot). */
  @Value.Default
  public boolean noReboot() {
    return false;
  }

  /** Mappings that change or add devices. */
  public abstract List<BlockDeviceMapping> blockDeviceMappings();

  /** Tags for the new image ({@code TagSpecification} of type {@code image}). */
  public abstract Map<String, String> imageTags();

  /** Tags for its new snapshots ({@code TagSpecification} of type {@code snapshot}). */
  public abstract Map<String, String> snapshotTags();

  @Value.Check
  protected void check() {
    io.ami4j.model.VolumeLimits.checkRatios(blockDeviceMappings());
    Check.matches("name", name(), Rules.IMAGE_NAME, Rules.IMAGE_NAME_RULE);
    description().ifPresent(d -> Check.that(d.length() <= Rules.DESCRIPTION_MAX, "description", d,
        "must be at most " + Rules.DESCRIPTION_MAX + " characters"));
    Tags.check(imageTags());
    Tags.check(snapshotTags());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateImageRequest}. */
  public static final class Builder extends ImmutableCreateImageRequest.Builder {}
}
