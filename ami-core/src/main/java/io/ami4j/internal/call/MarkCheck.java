package io.ami4j.internal.call;

import io.ami4j.spi.CallContext;
import io.ami4j.spi.CallInterceptor;
import io.ami4j.spi.Ec2Action;
import java.util.Optional;

/**
 * Holds the engine to the SPI's marks: a call that {@link CallRunner} paced as one action must be
 * the method marked with that action. The runner needs the action before the call (to take the
 * token from the right bucket), so its callers name it; this check, in the client's call chain,
 * keeps the name and the mark from ever drifting apart.
 */
public final class MarkCheck implements CallInterceptor {
  private static final ThreadLocal<Ec2Action> PACED = new ThreadLocal<>();

  /**
   * Runs {@code body} as a call paced as {@code action}.
   *
   * @param action the action the token was taken for
   * @param body the provider call
   * @param <T> the answer type
   * @return the answer
   */
  static <T> T pacedAs(Ec2Action action, java.util.function.Supplier<T> body) {
    Ec2Action outer = PACED.get();
    PACED.set(action);
    try {
      return body.get();
    } finally {
      if (outer == null) {
        PACED.remove();
      } else {
        PACED.set(outer);
      }
    }
  }

  /** The action the current call on this thread was paced as, if the runner is making one. */
  static Optional<Ec2Action> paced() {
    return Optional.ofNullable(PACED.get());
  }

  @Override
  public void beforeCall(CallContext call) {
    Optional<Ec2Action> paced = paced();
    if (paced.isPresent() && paced.get() != call.action()) {
      throw new IllegalStateException(call.operation() + " is " + call.action().wireName() + " (its @Ec2Call mark)"
          + " but was paced as " + paced.get().wireName() + ": the call site names the wrong action");
    }
  }

  @Override
  public String toString() {
    return "MarkCheck";
  }
}
