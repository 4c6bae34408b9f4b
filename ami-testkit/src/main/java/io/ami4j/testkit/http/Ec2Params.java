package io.ami4j.testkit.http;

import io.ami4j.AmiValidationException;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Filter;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.ResourceId;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumeId;
import io.ami4j.model.VolumeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads EC2's structured parameters — ids, filters, tags, tag specifications, block device
 * mappings — into ami4j's model, answering EC2's own error codes for malformed values
 * ({@code InvalidAMIID.Malformed}, …) rather than ami4j's client-side validation code.
 */
final class Ec2Params {
  private Ec2Params() {}

  static ImageId imageId(String value) {
    return parseId(value, ImageId::of, "InvalidAMIID.Malformed", "Invalid id: \"" + value + "\"");
  }

  static SnapshotId snapshotId(String value) {
    return parseId(value, SnapshotId::of, "InvalidSnapshotID.Malformed",
        "Invalid id: \"" + value + "\" (expecting \"snap-...\")");
  }

  static InstanceId instanceId(String value) {
    return parseId(value, InstanceId::of, "InvalidInstanceID.Malformed",
        "Invalid id: \"" + value + "\" (expecting \"i-...\")");
  }

  /** A resource id for CreateTags / DeleteTags: an image, snapshot, instance or volume. */
  static ResourceId resourceId(String value) {
    if (value.startsWith("ami-")) {
      return imageId(value);
    }
    if (value.startsWith("snap-")) {
      return snapshotId(value);
    }
    if (value.startsWith("i-")) {
      return instanceId(value);
    }
    if (value.startsWith("vol-")) {
      return parseId(value, VolumeId::of, "InvalidVolumeID.Malformed", "Invalid id: \"" + value + "\"");
    }
    throw AmiValidationException.answered("InvalidID", "The ID '" + value + "' is not valid", null);
  }

  private static <T> T parseId(String value, Function<String, T> parser, String code, String message) {
    try {
      return parser.apply(value);
    } catch (AmiValidationException e) {
      throw AmiValidationException.answered(code, message, null);
    }
  }

  /** {@code Filter.N.Name} with {@code Filter.N.Value.M}. */
  static List<Filter> filters(QueryRequest q) {
    List<Filter> filters = new ArrayList<>();
    for (String f : q.structs("Filter")) {
      String name = q.required(f + ".Name");
      List<String> values = q.list(f + ".Value");
      if (values.isEmpty()) {
        throw AmiValidationException.answered("InvalidParameterValue",
            "The filter '" + name + "' must have at least one value", null);
      }
      filters.add(Filter.of(name, values));
    }
    return filters;
  }

  /** {@code prefix.N.Key} / {@code prefix.N.Value} as an ordered map. */
  static Map<String, String> tags(QueryRequest q, String prefix) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String t : q.structs(prefix)) {
      tags.put(q.required(t + ".Key"), q.get(t + ".Value").orElse(""));
    }
    return tags;
  }

  /** The tags of {@code TagSpecification.N} whose {@code ResourceType} is {@code resourceType}. */
  static Map<String, String> tagSpecification(QueryRequest q, String resourceType) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String spec : q.structs("TagSpecification")) {
      if (resourceType.equals(q.get(spec + ".ResourceType").orElse(""))) {
        tags.putAll(tags(q, spec + ".Tag"));
      }
    }
    return tags;
  }

  /** {@code BlockDeviceMapping.N} with its {@code Ebs.*}, {@code VirtualName} or {@code NoDevice}. */
  static List<BlockDeviceMapping> blockDeviceMappings(QueryRequest q) {
    List<BlockDeviceMapping> mappings = new ArrayList<>();
    for (String m : q.structs("BlockDeviceMapping")) {
      String device = q.required(m + ".DeviceName");
      Optional<String> virtualName = q.get(m + ".VirtualName");
      if (virtualName.isPresent()) {
        mappings.add(BlockDeviceMapping.ephemeral(device, virtualName.get()));
      } else if (q.get(m + ".NoDevice").isPresent()) {
        mappings.add(BlockDeviceMapping.noDevice(device));
      } else {
        mappings.add(BlockDeviceMapping.ebs(device, ebs(q, m + ".Ebs")));
      }
    }
    return mappings;
  }

  private static EbsBlockDevice ebs(QueryRequest q, String p) {
    EbsBlockDevice.Builder b = EbsBlockDevice.builder();
    q.get(p + ".SnapshotId").ifPresent(s -> b.snapshotId(snapshotId(s)));
    q.integer(p + ".VolumeSize").ifPresent(b::volumeSize);
    q.get(p + ".VolumeType").ifPresent(t -> b.volumeType(VolumeType.fromWire(t)));
    q.integer(p + ".Iops").ifPresent(b::iops);
    q.integer(p + ".Throughput").ifPresent(b::throughput);
    q.optionalFlag(p + ".Encrypted").ifPresent(b::encrypted);
    q.get(p + ".KmsKeyId").ifPresent(k -> b.kmsKey(KmsKey.of(k)));
    q.optionalFlag(p + ".DeleteOnTermination").ifPresent(b::deleteOnTermination);
    return b.build();
  }
}
