package io.ami4j;

import java.time.Duration;
import java.util.Objects;

/**
 * One state change of a long operation: which operation, on which resource, the state it
 * reached, how long the operation has run, and a message for people.
 *
 * <pre>{@code
 * amis.create().fromInstance(id).named("web-1").submit()
 *     .onProgress(e -> System.out.println(e)); // CreateImage ami-0abc…: pending after PT5S — …
 * }</pre>
 */
public final class ProgressEvent {
  private final String operation;
  private final String resource;
  private final String state;
  private final Duration elapsed;
  private final String message;

  private ProgressEvent(String operation, String resource, String state, Duration elapsed, String message) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.resource = Objects.requireNonNull(resource, "resource");
    this.state = Objects.requireNonNull(state, "state");
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Makes an event.
   *
   * @param operation the operation, e.g. {@code CreateImage}
   * @param resource the resource, e.g. an image id
   * @param state the state reached, e.g. {@code pending}
   * @param elapsed time since the operation started
   * @param message a message for people
   * @return the event
   */
  public static ProgressEvent of(String operation, String resource, String state, Duration elapsed, String message) {
    return new ProgressEvent(operation, resource, state, elapsed, message);
  }

  /** The operation, e.g. {@code CreateImage}, {@code CopyImage}, {@code RunInstances}. */
  public String operation() {
    return operation;
  }

  /** The resource, e.g. {@code ami-0123456789abcdef0} or {@code ami-… in eu-west-1}. */
  public String resource() {
    return resource;
  }

  /** The state reached, e.g. {@code requested}, {@code pending}, {@code available}, {@code failed}. */
  public String state() {
    return state;
  }

  /** Time since the operation started. */
  public Duration elapsed() {
    return elapsed;
  }

  /** A message for people. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProgressEvent)) {
      return false;
    }
    ProgressEvent e = (ProgressEvent) o;
    return operation.equals(e.operation) && resource.equals(e.resource) && state.equals(e.state)
        && elapsed.equals(e.elapsed) && message.equals(e.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, resource, state, elapsed, message);
  }

  @Override
  public String toString() {
    return operation + " " + resource + ": " + state + " after " + elapsed + " — " + message;
  }
}
