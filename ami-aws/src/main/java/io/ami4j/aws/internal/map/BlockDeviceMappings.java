package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.KmsKey;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumeLimits;
import io.ami4j.model.VolumeType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Block device mappings between ami4j's model and EC2's {@code BlockDeviceMapping.N.*}. */
public final class BlockDeviceMappings {
  private BlockDeviceMappings() {}

  /**
   * Maps ami4j's mappings to EC2's.
   *
   * @param mappings ami4j's mappings
   * @return the SDK's
   */
  public static List<software.amazon.awssdk.services.ec2.model.BlockDeviceMapping> toSdk(
      List<BlockDeviceMapping> mappings) {
    return mappings.stream().map(BlockDeviceMappings::toSdk).collect(Collectors.toList());
  }

  private static software.amazon.awssdk.services.ec2.model.BlockDeviceMapping toSdk(BlockDeviceMapping m) {
    software.amazon.awssdk.services.ec2.model.BlockDeviceMapping.Builder b =
        software.amazon.awssdk.services.ec2.model.BlockDeviceMapping.builder().deviceName(m.deviceName());
    m.ebs().ifPresent(e -> b.ebs(toSdk(e)));
    m.virtualName().ifPresent(b::virtualName);
    if (m.noDevice()) {
      // EC2 suppresses the device when NoDevice is present, with an empty value.
      b.noDevice("");
    }
    return b.build();
  }

  private static software.amazon.awssdk.services.ec2.model.EbsBlockDevice toSdk(EbsBlockDevice e) {
    return software.amazon.awssdk.services.ec2.model.EbsBlockDevice.builder()
        .snapshotId(e.snapshotId().map(SnapshotId::value).orElse(null))
        .volumeSize(e.volumeSize().orElse(null))
        .volumeType(e.volumeType().map(VolumeType::wireValue).orElse(null))
        .iops(e.iops().orElse(null))
        .throughput(e.throughput().orElse(null))
        .encrypted(e.encrypted().orElse(null))
        .kmsKeyId(e.kmsKey().map(KmsKey::value).orElse(null))
        .deleteOnTermination(e.deleteOnTermination())
        .build();
  }

  /**
   * Reads EC2's mappings.
   *
   * @param mappings the SDK's mappings, or {@code null}
   * @return ami4j's
   * @throws io.ami4j.AmiValidationException when a mapping breaks ami4j's rules
   */
  public static List<BlockDeviceMapping> fromSdk(
      List<software.amazon.awssdk.services.ec2.model.BlockDeviceMapping> mappings) {
    if (mappings == null) {
      return List.of();
    }
    return mappings.stream().map(BlockDeviceMappings::fromSdk).collect(Collectors.toList());
  }

  private static BlockDeviceMapping fromSdk(software.amazon.awssdk.services.ec2.model.BlockDeviceMapping m) {
    if (m.ebs() != null) {
      return BlockDeviceMapping.ebs(m.deviceName(), fromSdk(m.ebs()));
    }
    if (m.virtualName() != null && !m.virtualName().isEmpty()) {
      return BlockDeviceMapping.ephemeral(m.deviceName(), m.virtualName());
    }
    // What is left is a suppressed device: EC2 writes <noDevice/> (an empty string).
    return BlockDeviceMapping.noDevice(m.deviceName());
  }

  private static EbsBlockDevice fromSdk(software.amazon.awssdk.services.ec2.model.EbsBlockDevice e) {
    EbsBlockDevice.Builder b = EbsBlockDevice.builder();
    Optional<VolumeType> type = WireEnums.optional(VolumeType.class, "volumeType", e.volumeTypeAsString(),
        b::putUnknownValues);
    // EC2 reports the performance a type has even when it cannot be set (e.g. the iops of gp2);
    // ami4j's model only holds what can be set, so such values are left out.
    boolean takesIops = type.map(t -> VolumeLimits.of(t).takesIops()).orElse(false);
    boolean takesThroughput = type.map(t -> VolumeLimits.of(t).takesThroughput()).orElse(false);
    if (e.snapshotId() != null && !e.snapshotId().isEmpty()) {
      b.snapshotId(SnapshotId.of(e.snapshotId()));
    }
    b.volumeSize(Optional.ofNullable(e.volumeSize()));
    b.volumeType(type);
    b.iops(takesIops ? Optional.ofNullable(e.iops()) : Optional.empty());
    b.throughput(takesThroughput ? Optional.ofNullable(e.throughput()) : Optional.empty());
    b.encrypted(Optional.ofNullable(e.encrypted()));
    if (e.kmsKeyId() != null && !e.kmsKeyId().isEmpty()) {
      b.kmsKey(KmsKey.of(e.kmsKeyId()));
    }
    b.deleteOnTermination(e.deleteOnTermination() == null || e.deleteOnTermination());
    try {
      return b.build();
    } catch (AmiValidationException beyondKnownLimits) {
      // EC2 raises its EBS limits over time: a size or performance beyond the limits ami4j knows
      // must not drop the image. The numbers are kept as EC2's text instead of in the checked fields.
      b.volumeSize(Optional.empty()).iops(Optional.empty()).throughput(Optional.empty());
      keep(b, "volumeSize", e.volumeSize());
      keep(b, "iops", takesIops ? e.iops() : null);
      keep(b, "throughput", takesThroughput ? e.throughput() : null);
      return b.build();
    }
  }

  private static void keep(EbsBlockDevice.Builder b, String field, Integer value) {
    if (value != null) {
      b.putUnknownValues(field, value.toString());
    }
  }
}
