package io.ami4j.examples;

import io.ami4j.AmiException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs an example's steps one by one, printing one line each: what happened, or the backend's
 * error. A failed step does not stop the example; the steps that needed its result are skipped.
 */
final class Steps {
  private final PrintStream out;
  private final Clock clock;
  private int number;
  private int failed;

  Steps(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /**
   * Runs one step.
   *
   * @param title what the step does
   * @param action the step; returns the result and describes it through {@link Outcome}
   * @param <T> the result type
   * @return the result, or empty when the step failed
   */
  <T> Optional<T> run(String title, Supplier<Outcome<T>> action) {
    number++;
    Instant start = clock.instant();
    try {
      Outcome<T> o = action.get();
      out.printf("%2d. %-46s ok    %s%s%n", number, title, o.summary(), took(start));
      return Optional.ofNullable(o.value());
    } catch (AmiException e) {
      failed++;
      out.printf("%2d. %-46s FAIL  %s: %s%n", number, title, e.errorCode(), e.getMessage());
      return Optional.empty();
    } catch (RuntimeException e) {
      failed++;
      out.printf("%2d. %-46s FAIL  %s%n", number, title, e);
      return Optional.empty();
    }
  }

  /** Prints a skipped step (an earlier step it needs failed). */
  void skip(String title, String why) {
    number++;
    failed++;
    out.printf("%2d. %-46s SKIP  %s%n", number, title, why);
  }

  int failed() {
    return failed;
  }

  private String took(Instant start) {
    Duration d = Duration.between(start, clock.instant());
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      return "";
    }
    return String.format("  (%dm%02ds)", d.toMinutes(), d.toSecondsPart());
  }

  /** A step's result and its one-line description. */
  record Outcome<T>(T value, String summary) {
    static <T> Outcome<T> of(T value, String summary) {
      return new Outcome<>(value, summary);
    }
  }
}
