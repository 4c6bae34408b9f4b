package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.Filter;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Owner;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotsTest extends WorldFixture {
  private List<Snapshot> snapshots(SnapshotQuery q) {
    return ec2.describeSnapshots(east, q, PageRequest.first()).items();
  }

  @Test
  void ownersAndFiltersSelectSnapshots() {
    ImageId image = ownImage("web-1", Map.of());
    SnapshotId fromImage = describe(image).snapshotIds().get(0);
    SnapshotId big = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 100);
    SnapshotId secret = world.createEncryptedSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 8, KmsKey.alias("alias/secret"));
    ec2.createTags(east, List.of(big), Map.of("purpose", "data"));
    List<SnapshotId> mine = snapshots(SnapshotQuery.builder().addOwners(Owner.SELF).build()).stream().map(Snapshot::id).toList();
    assertThat(mine).containsExactlyInAnyOrder(fromImage, big, secret);
    assertThat(ids(SnapshotQuery.builder().addOwners(Owner.SELF).addFilters(Filter.of("volume-size", "100")).build()))
        .containsExactly(big);
    assertThat(ids(SnapshotQuery.builder().addFilters(Filter.of("encrypted", "true")).build())).containsExactly(secret);
    assertThat(ids(SnapshotQuery.builder().addFilters(Filter.of("tag:purpose", "d*")).build())).containsExactly(big);
    assertThat(ids(SnapshotQuery.builder().addFilters(Filter.of("description", "Created by CreateImage(*) for " + image)).build()))
        .containsExactly(fromImage);
    assertThat(ids(SnapshotQuery.builder().addFilters(Filter.of("status", SnapshotState.COMPLETED.wireValue()))
        .addOwners(Owner.SELF).build())).hasSize(3);
    // Amazon's catalog snapshots are not shared: nobody else sees them.
    assertThat(snapshots(SnapshotQuery.builder().addOwners(Owner.AMAZON).build())).isEmpty();
    assertThatThrownBy(() -> snapshots(SnapshotQuery.builder().addFilters(Filter.of("flavour", "x")).build()))
        .isInstanceOf(AmiValidationException.class);
  }

  @Test
  void publicSnapshotsAreSeenByEveryone() {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 8);
    var c = world.provider(ACCOUNT_C);
    assertThatThrownBy(() -> c.describeSnapshots(east, SnapshotQuery.byIds(List.of(snap)), PageRequest.first()))
        .isInstanceOf(AmiNotFoundException.class);
    ec2.modifyVolumePermissions(east, snap, List.of(VolumePermission.publicAccess()), List.of());
    assertThat(c.describeSnapshots(east, SnapshotQuery.builder().build(), PageRequest.first()).items())
        .extracting(Snapshot::id).containsExactly(snap);
    SnapshotId secret = world.createEncryptedSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 8, KmsKey.alias("alias/secret"));
    assertThatThrownBy(() -> ec2.modifyVolumePermissions(east, secret, List.of(VolumePermission.publicAccess()), List.of()))
        .isInstanceOf(AmiValidationException.class);
  }

  @Test
  void pagesOfSnapshots() {
    for (int n = 0; n < 12; n++) {
      world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 8);
    }
    List<Snapshot> all = new ArrayList<>();
    PageRequest request = PageRequest.ofSize(5);
    while (true) {
      Page<Snapshot> page = ec2.describeSnapshots(east, SnapshotQuery.builder().addOwners(Owner.SELF).build(), request);
      all.addAll(page.items());
      if (page.nextToken().isEmpty()) {
        break;
      }
      request = request.next(page.nextToken().get());
    }
    assertThat(all).hasSize(12).extracting(Snapshot::id).doesNotHaveDuplicates();
  }

  private List<SnapshotId> ids(SnapshotQuery q) {
    return snapshots(q).stream().map(Snapshot::id).toList();
  }
}
