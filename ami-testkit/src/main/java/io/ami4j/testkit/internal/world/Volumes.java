package io.ami4j.testkit.internal.world;

import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.KmsKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Block device mappings changed by a request's mappings, as RunInstances and CreateImage apply
 * them: {@code NoDevice} removes a device, a new device is added, and an EBS mapping for an
 * existing EBS device changes its size, type or encryption but keeps its snapshot. Sizes and
 * encryption keys are resolved.
 */
final class Volumes {
  /** EC2's size of a new empty volume when a mapping names none. */
  static final int DEFAULT_SIZE_GIB = 8;

  private Volumes() {}

  static List<BlockDeviceMapping> resolve(World w, RegionState r, List<BlockDeviceMapping> base,
      List<BlockDeviceMapping> changes) {
    Map<String, BlockDeviceMapping> byDevice = new LinkedHashMap<>();
    for (BlockDeviceMapping m : base) {
      byDevice.put(m.deviceName(), m);
    }
    for (BlockDeviceMapping m : changes) {
      BlockDeviceMapping old = byDevice.get(m.deviceName());
      if (m.noDevice()) {
        byDevice.remove(m.deviceName());
      } else if (old != null && old.ebs().isPresent() && m.ebs().isPresent()) {
        byDevice.put(m.deviceName(), BlockDeviceMapping.ebs(m.deviceName(), merge(w, r, old.ebs().get(), m.ebs().get())));
      } else {
        byDevice.put(m.deviceName(), m);
      }
    }
    List<BlockDeviceMapping> out = new ArrayList<>(byDevice.size());
    for (BlockDeviceMapping m : byDevice.values()) {
      out.add(m.ebs().isPresent() ? BlockDeviceMapping.ebs(m.deviceName(), complete(r, m.ebs().get())) : m);
    }
    return out;
  }

  private static EbsBlockDevice merge(World w, RegionState r, EbsBlockDevice old, EbsBlockDevice change) {
    EbsBlockDevice.Builder b = EbsBlockDevice.builder().from(old);
    int oldSize = size(r, old);
    if (change.volumeSize().isPresent()) {
      if (change.volumeSize().get() < oldSize) {
        throw w.error("InvalidBlockDeviceMapping", "Volume of size " + change.volumeSize().get()
            + "GB is smaller than snapshot '" + old.snapshotId().map(Object::toString).orElse("(none)")
            + "', expect size >= " + oldSize + "GB");
      }
      b.volumeSize(change.volumeSize().get());
    }
    change.volumeType().ifPresent(t -> {
      // A new type brings its own defaults; the old type's IOPS and throughput may not fit it.
      b.volumeType(t).iops(change.iops()).throughput(change.throughput());
    });
    change.encrypted().ifPresent(b::encrypted);
    change.kmsKey().ifPresent(b::kmsKey);
    b.deleteOnTermination(change.deleteOnTermination());
    return b.build();
  }

  private static EbsBlockDevice complete(RegionState r, EbsBlockDevice ebs) {
    boolean encrypted = ebs.encrypted().orElse(false);
    EbsBlockDevice.Builder b = EbsBlockDevice.builder().from(ebs).volumeSize(size(r, ebs)).encrypted(encrypted);
    if (encrypted && ebs.kmsKey().isEmpty()) {
      b.kmsKey(KmsKey.AWS_MANAGED_EBS);
    }
    return b.build();
  }

  private static int size(RegionState r, EbsBlockDevice ebs) {
    if (ebs.volumeSize().isPresent()) {
      return ebs.volumeSize().get();
    }
    return ebs.snapshotId().map(r.snapshots::get).map(s -> s.sizeGiB).orElse(DEFAULT_SIZE_GIB);
  }
}
