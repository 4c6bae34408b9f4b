package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One device of an image: an EBS volume, an instance-store (ephemeral) volume, or a suppressed
 * device (no-device). Exactly one of the three.
 *
 * <pre>{@code
 * BlockDeviceMapping root = BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(snap).build());
 * BlockDeviceMapping scratch = BlockDeviceMapping.ephemeral("/dev/sdb", "ephemeral0");
 * BlockDeviceMapping none = BlockDeviceMapping.noDevice("/dev/sdc");
 * }</pre>
 */
@Value.Immutable
public abstract class BlockDeviceMapping {
  /** The device name, e.g. {@code /dev/xvda}. */
  public abstract String deviceName();

  /** The EBS volume, for an EBS mapping. */
  public abstract Optional<EbsBlockDevice> ebs();

  /** The virtual name {@code ephemeralN}, for an instance-store mapping. */
  public abstract Optional<String> virtualName();

  /** Whether the device is suppressed. */
  @Value.Default
  public boolean noDevice() {
    return false;
  }

  @Value.Check
  protected void check() {
    Check.matches("deviceName", deviceName(), Rules.DEVICE_NAME, Rules.DEVICE_NAME_RULE);
    virtualName().ifPresent(v -> Check.matches("virtualName", v, Rules.VIRTUAL_NAME, Rules.VIRTUAL_NAME_RULE));
    int kinds = (ebs().isPresent() ? 1 : 0) + (virtualName().isPresent() ? 1 : 0) + (noDevice() ? 1 : 0);
    Check.that(kinds == 1, "blockDeviceMapping", deviceName(),
        "must be exactly one of an EBS volume, an ephemeral virtual name, or no-device");
  }

  /**
   * An EBS mapping.
   *
   * @param deviceName the device, e.g. {@code /dev/xvda}
   * @param ebs the volume
   * @return the mapping
   */
  public static BlockDeviceMapping ebs(String deviceName, EbsBlockDevice ebs) {
    return ImmutableBlockDeviceMapping.builder().deviceName(deviceName).ebs(ebs).build();
  }

  /**
   * An instance-store mapping.
   *
   * @param deviceName the device
   * @param virtualName {@code ephemeral0} … {@code ephemeral23}
   * @return the mapping
   */
  public static BlockDeviceMapping ephemeral(String deviceName, String virtualName) {
    return ImmutableBlockDeviceMapping.builder().deviceName(deviceName).virtualName(virtualName).build();
  }

  /**
   * A suppressed device.
   *
   * @param deviceName the device
   * @return the mapping
   */
  public static BlockDeviceMapping noDevice(String deviceName) {
    return ImmutableBlockDeviceMapping.builder().deviceName(deviceName).noDevice(true).build();
  }
}
