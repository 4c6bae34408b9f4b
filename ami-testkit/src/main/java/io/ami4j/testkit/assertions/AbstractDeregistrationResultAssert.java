package io.ami4j.testkit.assertions;

import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions on the answer of DeregisterImage with its snapshots, for extension as AssertJ's own
 * {@code Abstract*Assert} classes are: a subclass passes itself as {@code SELF}, and every check
 * returns it, so inherited and added checks chain. {@link DeregistrationResultAssert} is the one
 * {@link AmiAssertions#assertThat(DeregisterImageAnswer)} returns; see {@link AbstractImageAssert} for an example.
 *
 * @param <SELF> the assertion class itself, which every check returns
 */
public abstract class AbstractDeregistrationResultAssert<SELF extends AbstractDeregistrationResultAssert<SELF>>
    extends AbstractAssert<SELF, DeregisterImageAnswer> {

  /**
   * Starts assertions on a value.
   *
   * @param actual the value (null fails every check but {@code isNull()})
   * @param selfType the class of the concrete assertion, {@code SELF}
   */
  protected AbstractDeregistrationResultAssert(DeregisterImageAnswer actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Checks that exactly these snapshots were deleted ({@code success}), in any order.
   *
   * @param expected the snapshots
   * @return this assertion, for chaining
   */
  public SELF deletedSnapshots(SnapshotId... expected) {
    return hasOutcome(SnapshotOutcome.SUCCESS, "deleted", expected);
  }

  /**
   * Checks that exactly these snapshots were skipped ({@code skipped}, e.g. used by another image),
   * in any order.
   *
   * @param expected the snapshots
   * @return this assertion, for chaining
   */
  public SELF skippedSnapshots(SnapshotId... expected) {
    return hasOutcome(SnapshotOutcome.SKIPPED, "skipped", expected);
  }

  private SELF hasOutcome(SnapshotOutcome outcome, String verb, SnapshotId... expected) {
    isNotNull();
    Set<SnapshotId> want = new TreeSet<>(Arrays.asList(expected));
    Set<SnapshotId> got = actual.snapshots().stream().filter(s -> s.outcome() == outcome)
        .map(SnapshotDeletion::snapshotId).collect(Collectors.toCollection(TreeSet::new));
    if (!want.equals(got)) {
      failWithMessage("Expected deregistration of image <%s> to have %s snapshots <%s> but %s <%s>",
          actual.imageId(), verb, want, verb, got);
    }
    return myself;
  }
}
