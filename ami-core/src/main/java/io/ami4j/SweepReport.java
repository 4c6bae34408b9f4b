package io.ami4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a sweep of crashed bakes removed: builder instances terminated, unfinished images
 * deregistered, snapshots deleted; and what it could not remove, with the reason.
 *
 * <pre>{@code
 * SweepReport r = amis.bakes().in(Region.of("us-east-1"), Region.of("eu-west-1")).sweep(Duration.ofHours(6));
 * r.removed().forEach(System.out::println);
 * }</pre>
 */
public final class SweepReport {
  private final List<BakeResource> removed;
  private final Map<BakeResource, String> failures;

  private SweepReport(List<BakeResource> removed, Map<BakeResource, String> failures) {
    this.removed = List.copyOf(removed);
    this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
  }

  /**
   * A report.
   *
   * @param removed what was terminated, deregistered or deleted
   * @param failures what could not be, with why
   * @return the report
   */
  public static SweepReport of(List<BakeResource> removed, Map<BakeResource, String> failures) {
    return new SweepReport(removed, failures);
  }

  /** Everything terminated, deregistered or deleted. */
  public List<BakeResource> removed() {
    return removed;
  }

  /**
   * What was removed of one kind.
   *
   * @param kind instances, images or snapshots
   * @return those
   */
  public List<BakeResource> removed(BakeResource.Kind kind) {
    return removed.stream().filter(r -> r.kind() == kind).collect(Collectors.toList());
  }

  /** What could not be removed, with the reason. */
  public Map<BakeResource, String> failures() {
    return failures;
  }

  @Override
  public String toString() {
    return "SweepReport[removed " + removed.size() + (failures.isEmpty() ? "" : ", failed " + failures) + "]";
  }
}
