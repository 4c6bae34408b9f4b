package io.ami4j.bench;

import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.Call;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.testkit.FakeEc2;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Images of one account made straight in the world, without faults or throttling: a benchmark's set-up. */
final class Population {
  private Population() {}

  /** {@code count} images (with their snapshots) named {@code prefix-00000…}, each with {@code snapshots} snapshots of its own. */
  static Map<ImageId, List<SnapshotId>> images(FakeEc2 world, AccountId account, Region region, String prefix,
      int count, int snapshots) {
    Map<ImageId, List<SnapshotId>> ids = new LinkedHashMap<>();
    Call call = Call.in(region);
    for (int i = 0; i < count; i++) {
      RegisterImageRequest.Builder b = RegisterImageRequest.builder().name(String.format("%s-%05d", prefix, i))
          .rootDeviceName("/dev/xvda").architecture(Architecture.X86_64).virtualizationType(VirtualizationType.HVM);
      List<SnapshotId> snaps = new ArrayList<>();
      for (int s = 0; s < snapshots; s++) {
        SnapshotId snap = world.createSnapshot(account, region, 8);
        snaps.add(snap);
        b.addBlockDeviceMappings(BlockDeviceMapping.ebs(s == 0 ? "/dev/xvda" : "/dev/sd" + (char) ('b' + s - 1),
            EbsBlockDevice.builder().snapshotId(snap).build()));
      }
      ids.put(world.provider(account).registerImage(call, b.build()), snaps);
    }
    return ids;
  }
}
