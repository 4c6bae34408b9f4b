package io.ami4j;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.value.AmiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a dry run found: whether the backend would allow the call (EC2's {@code DryRunOperation})
 * and, when it would not, the backend's error code and reason.
 *
 * <pre>{@code
 * DryRunResult r = amis.deregister(id).dryRun();
 * if (!r.allowed()) System.out.println(r.errorCode().orElse("") + ": " + r.reason());
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #allowed(String)}, {@link #refused(String, String)}
 * or {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class DryRunResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DryRunResult}. */
  public static final class Builder extends ImmutableDryRunResult.Builder {}

  /**
   * The call would be allowed.
   *
   * @param reason the backend's message
   * @return the result
   */
  public static DryRunResult allowed(String reason) {
    return builder().allowed(true).reason(reason).build();
  }

  /**
   * The call would be refused.
   *
   * @param errorCode the backend's (or ami4j's) error code
   * @param reason why
   * @return the result
   */
  public static DryRunResult refused(String errorCode, String reason) {
    return builder().allowed(false).errorCode(Check.notNull("errorCode", errorCode)).reason(reason).build();
  }

  /** Whether the backend would allow the call. */
  public abstract boolean allowed();

  /** The error code of a refusal. */
  public abstract Optional<String> errorCode();

  /** The backend's message: why it would refuse, or its confirmation. */
  public abstract String reason();

  @Value.Check
  void check() {
    Check.that(allowed() || errorCode().isPresent(), "errorCode", null, "must be given for a refusal");
    Check.that(!allowed() || errorCode().isEmpty(), "errorCode", errorCode().orElse(null),
        "must be empty when the call is allowed");
  }

  @Override
  public String toString() {
    return allowed() ? "allowed: " + reason() : "refused (" + errorCode().orElse("") + "): " + reason();
  }
}
