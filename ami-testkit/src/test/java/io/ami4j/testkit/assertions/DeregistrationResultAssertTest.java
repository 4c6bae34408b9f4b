package io.ami4j.testkit.assertions;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.ImageId;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeregistrationResultAssertTest {
  private static final SnapshotId ROOT = SnapshotId.of("snap-0123456789abcdef0");
  private static final SnapshotId DATA = SnapshotId.of("snap-0123456789abcdef1");
  private static final SnapshotId SHARED = SnapshotId.of("snap-0123456789abcdef2");
  private static final DeregisterImageAnswer RESULT = DeregisterImageAnswer.of(ImageId.of("ami-0123456789abcdef0"),
      List.of(SnapshotDeletion.of(ROOT, SnapshotOutcome.SUCCESS), SnapshotDeletion.of(SHARED, SnapshotOutcome.SKIPPED),
          SnapshotDeletion.of(DATA, SnapshotOutcome.SUCCESS)));

  @Test
  void passesOnMatchingOutcomesInAnyOrder() {
    assertThat(RESULT).deletedSnapshots(DATA, ROOT).skippedSnapshots(SHARED);
    assertThat(DeregisterImageAnswer.of(ImageId.of("ami-0123456789abcdef0"), List.of()))
        .deletedSnapshots().skippedSnapshots();
  }

  @Test
  void failsNamingBothSets() {
    assertThatThrownBy(() -> assertThat(RESULT).deletedSnapshots(ROOT))
        .hasMessage("Expected deregistration of image <ami-0123456789abcdef0> to have deleted snapshots "
            + "<[snap-0123456789abcdef0]> but deleted <[snap-0123456789abcdef0, snap-0123456789abcdef1]>");
    assertThatThrownBy(() -> assertThat(RESULT).skippedSnapshots())
        .hasMessage("Expected deregistration of image <ami-0123456789abcdef0> to have skipped snapshots "
            + "<[]> but skipped <[snap-0123456789abcdef2]>");
  }
}
