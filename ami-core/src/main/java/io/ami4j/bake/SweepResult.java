package io.ami4j.bake;

import io.ami4j.internal.value.AmiStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a sweep of crashed bakes removed: builder instances terminated, unfinished images
 * deregistered, snapshots deleted; and what it could not remove, with the reason.
 *
 * <pre>{@code
 * SweepResult r = amis.bakes().in(Region.of("us-east-1"), Region.of("eu-west-1")).sweep(Duration.ofHours(6));
 * r.removed().forEach(System.out::println);
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()} or {@link #of}.
 */
@AmiStyle
@Value.Immutable
public abstract class SweepResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SweepResult}. */
  public static final class Builder extends ImmutableSweepResult.Builder {}

  /**
   * A report.
   *
   * @param removed what was terminated, deregistered or deleted
   * @param failures what could not be, with why
   * @return the report
   */
  public static SweepResult of(List<BakeResource> removed, Map<BakeResource, String> failures) {
    return builder().removed(removed).failures(failures).build();
  }

  /** Everything terminated, deregistered or deleted. */
  public abstract List<BakeResource> removed();

  /**
   * What was removed of one kind.
   *
   * @param kind instances, images or snapshots
   * @return those
   */
  public List<BakeResource> removed(BakeResource.Kind kind) {
    return removed().stream().filter(r -> r.kind() == kind).collect(Collectors.toList());
  }

  /** What could not be removed, with the reason (in the order they were met). */
  public abstract Map<BakeResource, String> failures();

  @Override
  public String toString() {
    return "SweepResult[removed " + removed().size() + (failures().isEmpty() ? "" : ", failed " + failures()) + "]";
  }
}
