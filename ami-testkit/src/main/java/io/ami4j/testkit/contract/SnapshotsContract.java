package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiConflictException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.model.Image;
import io.ami4j.model.Owner;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.spi.SnapshotQuery;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The snapshots behind images: DescribeSnapshots by id and by owner across pages, DeleteSnapshot,
 * and the refusal to delete a snapshot an image still uses ({@code InvalidSnapshot.InUse}).
 */
public abstract class SnapshotsContract extends ContractSupport {
  /** For subclasses. */
  protected SnapshotsContract() {}

  @Test
  @DisplayName("a snapshot described by id and listed among the owner's, page after page")
  void describesSnapshots() {
    SnapshotId first = newSnapshot(8);
    SnapshotId second = newSnapshot(16);

    Snapshot described = snapshot(second);
    assertThat(described.ownerId()).isEqualTo(environment().ownerAccount());
    assertThat(described.volumeSize()).isEqualTo(16);
    assertThat(described.state()).isEqualTo(SnapshotState.COMPLETED);

    List<SnapshotId> mine = items(pages(r -> owner().describeSnapshots(call(),
        SnapshotQuery.builder().addOwners(Owner.SELF).build(), r), 5))
        .stream().map(Snapshot::id).collect(Collectors.toList());
    assertThat(mine).doesNotHaveDuplicates().contains(first, second);
  }

  @Test
  @DisplayName("DeleteSnapshot removes a snapshot no image uses")
  void deletesASnapshot() {
    SnapshotId snapshot = newSnapshot(8);

    owner().deleteSnapshot(call(), snapshot);

    eventually().until("snapshot " + snapshot + " to be gone",
        () -> findSnapshot(owner(), environment().region(), snapshot), Optional::isEmpty);
  }

  @Test
  @DisplayName("a snapshot an image uses cannot be deleted: InvalidSnapshot.InUse")
  void snapshotInUseIsAConflict() {
    Image image = availableImage("snapshot-in-use");
    SnapshotId root = image.snapshotIds().get(0);

    assertEc2Error(AmiConflictException.class, "InvalidSnapshot.InUse",
        () -> owner().deleteSnapshot(call(), root));

    assertThat(findSnapshot(owner(), environment().region(), root)).isPresent();
  }

  @Test
  @DisplayName("an unknown snapshot: InvalidSnapshot.NotFound")
  void unknownSnapshotIsNotFound() {
    SnapshotId unknown = SnapshotId.of("snap-0fedcba9876543210");

    assertEc2Error(AmiNotFoundException.class, "InvalidSnapshot.NotFound",
        () -> owner().deleteSnapshot(call(), unknown));
  }
}
