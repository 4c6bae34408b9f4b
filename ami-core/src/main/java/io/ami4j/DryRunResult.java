package io.ami4j;

import java.util.Objects;
import java.util.Optional;

/**
 * What a dry run found: whether the backend would allow the call (EC2's {@code DryRunOperation})
 * and, when it would not, the backend's error code and reason.
 *
 * <pre>{@code
 * DryRunResult r = amis.deregister(id).dryRun();
 * if (!r.allowed()) System.out.println(r.errorCode().orElse("") + ": " + r.reason());
 * }</pre>
 */
public final class DryRunResult {
  private final boolean allowed;
  private final String errorCode;
  private final String reason;

  private DryRunResult(boolean allowed, String errorCode, String reason) {
    this.allowed = allowed;
    this.errorCode = errorCode;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * The call would be allowed.
   *
   * @param reason the backend's message
   * @return the result
   */
  public static DryRunResult allowed(String reason) {
    return new DryRunResult(true, null, reason);
  }

  /**
   * The call would be refused.
   *
   * @param errorCode the backend's (or ami4j's) error code
   * @param reason why
   * @return the result
   */
  public static DryRunResult refused(String errorCode, String reason) {
    return new DryRunResult(false, Objects.requireNonNull(errorCode, "errorCode"), reason);
  }

  /** Whether the backend would allow the call. */
  public boolean allowed() {
    return allowed;
  }

  /** The error code of a refusal. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The backend's message: why it would refuse, or its confirmation. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DryRunResult && ((DryRunResult) o).allowed == allowed
        && Objects.equals(((DryRunResult) o).errorCode, errorCode) && ((DryRunResult) o).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowed, errorCode, reason);
  }

  @Override
  public String toString() {
    return allowed ? "allowed: " + reason : "refused (" + errorCode + "): " + reason;
  }
}
