package io.ami4j.spi;

import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import java.util.List;

/** EBS snapshots: finding, deleting and sharing them. Part of {@link AmiProvider}. */
public interface SnapshotCalls {

  /** DescribeSnapshots: one page. */
  @Ec2Call(Ec2Action.DESCRIBE_SNAPSHOTS)
  Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page);

  /** DeleteSnapshot. */
  @Ec2Call(Ec2Action.DELETE_SNAPSHOT)
  void deleteSnapshot(Call call, SnapshotId snapshotId);

  /** DescribeSnapshotAttribute {@code createVolumePermission}. */
  @Ec2Call(Ec2Action.DESCRIBE_SNAPSHOT_ATTRIBUTE)
  List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId);

  /** ModifySnapshotAttribute {@code createVolumePermission}. */
  @Ec2Call(Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE)
  void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove);
}
