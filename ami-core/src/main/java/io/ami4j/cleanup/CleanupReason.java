package io.ami4j.cleanup;

/**
 * Why a cleanup deregisters an image or keeps it. Every image a cleanup matched has exactly one
 * reason in its {@link CleanupPlan}: the first keep rule that applies, in this order, or
 * {@link #MATCHES_POLICY} when none does.
 */
public enum CleanupReason {
  /** Owned by another account: a cleanup only ever touches the caller's own images. */
  OTHER_OWNER(true),
  /** Still {@code pending} or {@code transient}: not known to be good or bad yet. */
  NOT_SETTLED(true),
  /** Deregistration protection is on, or its 24-hour cooldown still runs. */
  PROTECTED(true),
  /** Among the newest N of its group. */
  AMONG_LATEST(true),
  /** Younger than the age under which images are kept. */
  YOUNGER_THAN(true),
  /** Launched more recently than the time within which launched images are kept. */
  LAUNCHED_RECENTLY(true),
  /** Something uses it: an instance (running or stopped), a launch template, an SSM parameter, a recipe. */
  IN_USE(true),
  /** No rule keeps it: it is deregistered. */
  MATCHES_POLICY(false);

  private final boolean keeps;

  CleanupReason(boolean keeps) {
    this.keeps = keeps;
  }

  /** Whether the image stays. */
  public boolean keeps() {
    return keeps;
  }

  /** The reason as plans and reports print it, e.g. {@code among-latest}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
