package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One state change of a long operation: which operation, on which resource, the state it
 * reached, how long the operation has run, and a message for people.
 *
 * <pre>{@code
 * amis.create().fromInstance(id).named("web-1").submit()
 *     .onProgress(e -> System.out.println(e)); // CreateImage ami-0abc…: pending after PT5S — …
 * }</pre>
 *
 * <p>Tests build one with {@link #of} or {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class ProgressEvent {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressEvent}. */
  public static final class Builder extends ImmutableProgressEvent.Builder {}

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
    return builder().operation(operation).resource(resource).state(state).elapsed(elapsed).message(message).build();
  }

  /** The operation, e.g. {@code CreateImage}, {@code CopyImage}, {@code RunInstances}. */
  public abstract String operation();

  /** The resource, e.g. {@code ami-0123456789abcdef0} or {@code ami-… in eu-west-1}. */
  public abstract String resource();

  /** The state reached, e.g. {@code requested}, {@code pending}, {@code available}, {@code failed}. */
  public abstract String state();

  /** Time since the operation started. */
  public abstract Duration elapsed();

  /** A message for people. */
  public abstract String message();

  @Override
  public String toString() {
    return operation() + " " + resource() + ": " + state() + " after " + elapsed() + " — " + message();
  }
}
