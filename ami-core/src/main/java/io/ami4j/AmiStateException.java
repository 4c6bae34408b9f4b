package io.ami4j;

import java.util.Optional;

/**
 * A resource is not in a state that allows the call: an illegal transition of the image or
 * instance state machine (naming both states), or EC2's {@code IncorrectState} /
 * {@code IncorrectInstanceState} / {@code InvalidAMIID.Unavailable}.
 */
public class AmiStateException extends AmiException {
  /** The error code ami4j uses for an illegal transition it detected itself. */
  public static final String CLIENT_CODE = "ami4j.IllegalTransition";

  private final String from;
  private final String to;

  /**
   * An illegal transition detected by a state machine.
   *
   * @param resource what changes state, e.g. {@code image ami-0123…}
   * @param from the current state
   * @param to the requested state
   * @return the exception
   */
  public static AmiStateException illegalTransition(String resource, String from, String to) {
    return new AmiStateException(CLIENT_CODE,
        "Illegal transition of " + resource + " from '" + from + "' to '" + to + "'", null, from, to);
  }

  private AmiStateException(String code, String message, String requestId, String from, String to) {
    super(code, message, requestId, false, null);
    this.from = from;
    this.to = to;
  }

  /**
   * A state error answered by the backend.
   *
   * @param errorCode the backend's code
   * @param message the backend's message
   * @param requestId the request id, or {@code null}
   */
  public AmiStateException(String errorCode, String message, String requestId) {
    super(errorCode, message, requestId, false, null);
    this.from = null;
    this.to = null;
  }

  /** The state the resource was in, when known. */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  /** The state that was asked for, when known. */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }
}
