package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.AccountId;
import io.ami4j.model.Filter;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Owner;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.VolumeId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotsWireMockTest extends AwsWireMockSupport {
  private static final SnapshotId ROOT = SnapshotId.of("snap-0123456789abcdef0");
  private static final AccountId PARTNER = AccountId.of("111122223333");

  @Test
  void describeSnapshotsSendsOwnersFiltersAndPagingAndReadsEveryField() {
    answerEc2("DescribeSnapshots");

    Page<Snapshot> page = aws.describeSnapshots(CALL, SnapshotQuery.builder()
            .addOwners(Owner.SELF)
            .addFilters(Filter.of("description", "Created by CreateImage*"))
            .build(),
        PageRequest.ofSize(200).next("snap-page-1"));

    assertThat(onlyRequest("DescribeSnapshots")).isEqualTo(ec2Params("DescribeSnapshots",
        "MaxResults", "200",
        "NextToken", "snap-page-1",
        "Owner.1", "self",
        "Filter.1.Name", "description",
        "Filter.1.Value.1", "Created by CreateImage*"));
    assertThat(page.nextToken()).contains("snap-page-2");
    assertThat(page.items()).containsExactly(
        Snapshot.builder()
            .id(ROOT)
            .ownerId(AccountId.of("123456789012"))
            .volumeId(VolumeId.of("vol-049df61146c4d7901"))
            .volumeSize(20)
            .state(SnapshotState.COMPLETED)
            .startTime(Instant.parse("2026-11-27T09:51:02Z"))
            .description("Created by CreateImage(i-0123456789abcdef0) for ami-0abcdef1234567890")
            .encrypted(true)
            .kmsKey(KmsKey.of("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
            .tags(Map.of("env", "prod"))
            .build(),
        Snapshot.builder()
            .id(SnapshotId.of("snap-0fedcba9876543210"))
            .ownerId(AccountId.of("123456789012"))
            .volumeId(VolumeId.of("vol-ffffffff"))
            .volumeSize(8)
            .state(SnapshotState.PENDING)
            .startTime(Instant.parse("2026-11-27T09:55:00Z"))
            .build());
  }

  @Test
  void describeSnapshotsByIdsSendsNoPageSize() {
    answerEc2("DescribeSnapshots");

    aws.describeSnapshots(CALL, SnapshotQuery.byIds(List.of(ROOT)), PageRequest.ofSize(100));

    assertThat(onlyRequest("DescribeSnapshots")).isEqualTo(ec2Params("DescribeSnapshots",
        "SnapshotId.1", "snap-0123456789abcdef0"));
  }

  @Test
  void deleteSnapshotSendsTheSnapshot() {
    answerEc2("DeleteSnapshot");

    aws.deleteSnapshot(CALL, ROOT);

    assertThat(onlyRequest("DeleteSnapshot")).isEqualTo(ec2Params("DeleteSnapshot",
        "SnapshotId", "snap-0123456789abcdef0"));
  }

  @Test
  void describeVolumePermissionsReadsAccountsAndPublic() {
    answerEc2("DescribeSnapshotAttribute");

    List<VolumePermission> grants = aws.describeVolumePermissions(CALL, ROOT);

    assertThat(onlyRequest("DescribeSnapshotAttribute")).isEqualTo(ec2Params("DescribeSnapshotAttribute",
        "Attribute", "createVolumePermission",
        "SnapshotId", "snap-0123456789abcdef0"));
    assertThat(grants).containsExactly(VolumePermission.account(PARTNER), VolumePermission.publicAccess());
  }

  @Test
  void modifyVolumePermissionsAddsAndRemovesInOneCall() {
    answerEc2("ModifySnapshotAttribute");

    aws.modifyVolumePermissions(CALL, ROOT, List.of(VolumePermission.account(PARTNER)),
        List.of(VolumePermission.publicAccess(), VolumePermission.account(AccountId.of("444455556666"))));

    assertThat(onlyRequest("ModifySnapshotAttribute")).isEqualTo(ec2Params("ModifySnapshotAttribute",
        "Attribute", "createVolumePermission",
        "CreateVolumePermission.Add.1.UserId", "111122223333",
        "CreateVolumePermission.Remove.1.Group", "all",
        "CreateVolumePermission.Remove.2.UserId", "444455556666",
        "SnapshotId", "snap-0123456789abcdef0"));
  }
}
