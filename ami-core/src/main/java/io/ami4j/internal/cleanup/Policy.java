package io.ami4j.internal.cleanup;

import java.time.Duration;
import java.util.Optional;

/**
 * The keep rules of a cleanup, checked when they were set: group images, keep the newest
 * {@code keepLatest} of each group, keep images younger than {@code keepYoungerThan} or launched
 * within {@code keepLaunchedWithin}. Images in use, protected, not settled or of another owner
 * are always kept. Immutable.
 */
public final class Policy {
  private final Grouping grouping;
  private final Integer keepLatest;
  private final Duration keepYoungerThan;
  private final Duration keepLaunchedWithin;

  /**
   * Makes a policy.
   *
   * @param grouping how images are grouped
   * @param keepLatest images kept per group, or {@code null}
   * @param keepYoungerThan age under which images are kept, or {@code null}
   * @param keepLaunchedWithin time since the last launch under which images are kept, or {@code null}
   */
  public Policy(Grouping grouping, Integer keepLatest, Duration keepYoungerThan, Duration keepLaunchedWithin) {
    this.grouping = grouping;
    this.keepLatest = keepLatest;
    this.keepYoungerThan = keepYoungerThan;
    this.keepLaunchedWithin = keepLaunchedWithin;
  }

  /** How images are grouped. */
  public Grouping grouping() {
    return grouping;
  }

  /** How many of each group's newest images are kept. */
  public Optional<Integer> keepLatest() {
    return Optional.ofNullable(keepLatest);
  }

  /** The age under which images are kept. */
  public Optional<Duration> keepYoungerThan() {
    return Optional.ofNullable(keepYoungerThan);
  }

  /** The time since the last launch under which images are kept. */
  public Optional<Duration> keepLaunchedWithin() {
    return Optional.ofNullable(keepLaunchedWithin);
  }

  @Override
  public String toString() {
    return "Policy[grouping=" + grouping + ", keepLatest=" + keepLatest + ", keepYoungerThan=" + keepYoungerThan
        + ", keepLaunchedWithin=" + keepLaunchedWithin + "]";
  }
}
