package io.ami4j.model;

import org.immutables.value.Value;

/** Why an image is in its state, e.g. {@code Client.InvalidSnapshot.NotFound}: what went wrong. */
@Value.Immutable
public abstract class StateReason {
  /** EC2's reason code. */
  public abstract String code();

  /** EC2's message. */
  public abstract String message();

  /**
   * Makes a reason.
   *
   * @param code the code
   * @param message the message
   * @return the reason
   */
  public static StateReason of(String code, String message) {
    return ImmutableStateReason.builder().code(code).message(message).build();
  }

  @Override
  public String toString() {
    return code() + ": " + message();
  }
}
