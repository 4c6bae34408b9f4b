package io.ami4j.testkit.assertions;

import io.ami4j.model.DeregistrationResult;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the answer of DeregisterImage with its snapshots; made by
 * {@link AmiAssertions#assertThat(DeregistrationResult)}.
 *
 * <pre>{@code assertThat(result).deletedSnapshots(root, data).skippedSnapshots(shared); }</pre>
 */
public final class DeregistrationResultAssert extends AbstractAssert<DeregistrationResultAssert, DeregistrationResult> {

  DeregistrationResultAssert(DeregistrationResult actual) {
    super(actual, DeregistrationResultAssert.class);
  }

  /**
   * Checks that exactly these snapshots were deleted ({@code success}), in any order.
   *
   * @param expected the snapshots
   * @return this assertion
   */
  public DeregistrationResultAssert deletedSnapshots(SnapshotId... expected) {
    return hasOutcome(SnapshotOutcome.SUCCESS, "deleted", expected);
  }

  /**
   * Checks that exactly these snapshots were skipped ({@code skipped}, e.g. used by another image),
   * in any order.
   *
   * @param expected the snapshots
   * @return this assertion
   */
  public DeregistrationResultAssert skippedSnapshots(SnapshotId... expected) {
    return hasOutcome(SnapshotOutcome.SKIPPED, "skipped", expected);
  }

  private DeregistrationResultAssert hasOutcome(SnapshotOutcome outcome, String verb, SnapshotId... expected) {
    isNotNull();
    Set<SnapshotId> want = new TreeSet<>(Arrays.asList(expected));
    Set<SnapshotId> got = actual.snapshots().stream().filter(s -> s.outcome() == outcome)
        .map(SnapshotDeletion::snapshotId).collect(Collectors.toCollection(TreeSet::new));
    if (!want.equals(got)) {
      failWithMessage("Expected deregistration of image <%s> to have %s snapshots <%s> but %s <%s>",
          actual.imageId(), verb, want, verb, got);
    }
    return this;
  }
}
