package io.ami4j.aws.internal.ops;

import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.aws.internal.map.Filters;
import io.ami4j.aws.internal.map.Pages;
import io.ami4j.aws.internal.map.SnapshotMapper;
import io.ami4j.aws.internal.map.VolumePermissions;
import io.ami4j.model.Owner;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;

/** The snapshots behind images: describe, delete, and who may create volumes from them. */
public final class SnapshotOperations {
  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public SnapshotOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * DescribeSnapshots: one page.
   *
   * @param call the call
   * @param query what to describe
   * @param page which page
   * @return the page
   */
  public Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page) {
    DescribeSnapshotsResponse answer = Remote.call(Ec2Action.DESCRIBE_SNAPSHOTS,
        () -> clients.ec2(call.region()).describeSnapshots(r -> r
            .snapshotIds(query.snapshotIds().stream().map(SnapshotId::value).collect(Collectors.toList()))
            .ownerIds(query.owners().stream().map(Owner::value).collect(Collectors.toList()))
            .filters(Filters.toSdk(query.filters()))
            // The ids bound the answer, and EC2 refuses MaxResults together with ids.
            .maxResults(query.snapshotIds().isEmpty()
                ? Pages.maxResults(page, Pages.EC2_DESCRIBE_MIN, Pages.EC2_MAX) : null)
            .nextToken(Pages.token(page))));
    return SnapshotMapper.page(answer.snapshots(), answer.nextToken());
  }

  /**
   * DeleteSnapshot.
   *
   * @param call the call
   * @param snapshotId the snapshot
   */
  public void deleteSnapshot(Call call, SnapshotId snapshotId) {
    Remote.call(Ec2Action.DELETE_SNAPSHOT, () -> clients.ec2(call.region()).deleteSnapshot(r -> r
        .snapshotId(snapshotId.value()).dryRun(DryRun.of(call))));
  }

  /**
   * DescribeSnapshotAttribute {@code createVolumePermission}.
   *
   * @param call the call
   * @param snapshotId the snapshot
   * @return its grants
   */
  public List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId) {
    DescribeSnapshotAttributeResponse answer = Remote.call(Ec2Action.DESCRIBE_SNAPSHOT_ATTRIBUTE,
        () -> clients.ec2(call.region()).describeSnapshotAttribute(r -> r
            .snapshotId(snapshotId.value()).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)));
    return VolumePermissions.fromSdk(answer.createVolumePermissions());
  }

  /**
   * ModifySnapshotAttribute {@code createVolumePermission}.
   *
   * @param call the call
   * @param snapshotId the snapshot
   * @param add grants to add
   * @param remove grants to remove
   */
  public void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove) {
    Remote.call(Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE, () -> clients.ec2(call.region()).modifySnapshotAttribute(r -> r
        .snapshotId(snapshotId.value())
        .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
        .createVolumePermission(VolumePermissions.modifications(add, remove))
        .dryRun(DryRun.of(call))));
  }
}
