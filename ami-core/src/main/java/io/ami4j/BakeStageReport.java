package io.ami4j;

import io.ami4j.internal.validate.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one stage of a bake did: how it ended, when it started and how long it took (on the
 * client's clock), what it made and what it cleaned up.
 *
 * <pre>{@code
 * for (BakeStageReport s : result.stages()) {
 *   System.out.println(s.stage() + " " + s.outcome() + " in " + s.duration() + ": made " + s.made());
 * }
 * }</pre>
 */
public final class BakeStageReport {
  /** How a stage ended. */
  public enum Outcome {
    /** It did its work. */
    SUCCEEDED,
    /** It failed; the bake stopped here. */
    FAILED,
    /** The spec asked for nothing this stage does (no copies, no sharing). */
    SKIPPED,
    /** The bake was cancelled during it. */
    CANCELLED,
    /** An earlier stage failed or the bake was cancelled before it. */
    NOT_RUN
  }

  private final BakeStage stage;
  private final Outcome outcome;
  private final Instant started;
  private final Duration duration;
  private final List<BakeResource> made;
  private final List<BakeResource> cleanedUp;
  private final String message;

  private BakeStageReport(BakeStage stage, Outcome outcome, Instant started, Duration duration,
      List<BakeResource> made, List<BakeResource> cleanedUp, String message) {
    this.stage = Check.notNull("stage", stage);
    this.outcome = Check.notNull("outcome", outcome);
    this.started = Check.notNull("started", started);
    this.duration = Check.notNull("duration", duration);
    this.made = List.copyOf(made);
    this.cleanedUp = List.copyOf(cleanedUp);
    this.message = Check.notNull("message", message);
  }

  /**
   * A stage's report.
   *
   * @param stage the stage
   * @param outcome how it ended
   * @param started when it started (client clock)
   * @param duration how long it took (client clock)
   * @param made what it made
   * @param cleanedUp what it removed or terminated
   * @param message what happened, for people
   * @return the report
   */
  public static BakeStageReport of(BakeStage stage, Outcome outcome, Instant started, Duration duration,
      List<BakeResource> made, List<BakeResource> cleanedUp, String message) {
    return new BakeStageReport(stage, outcome, started, duration, made, cleanedUp, message);
  }

  /** The stage. */
  public BakeStage stage() {
    return stage;
  }

  /** How it ended. */
  public Outcome outcome() {
    return outcome;
  }

  /** When it started, on the client's clock. */
  public Instant started() {
    return started;
  }

  /** How long it took, on the client's clock. */
  public Duration duration() {
    return duration;
  }

  /** What it made (ids and regions). */
  public List<BakeResource> made() {
    return made;
  }

  /** What it terminated, deregistered or deleted. */
  public List<BakeResource> cleanedUp() {
    return cleanedUp;
  }

  /** What happened, for people. */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return stage + " " + outcome + " in " + duration + (made.isEmpty() ? "" : "; made " + made)
        + (cleanedUp.isEmpty() ? "" : "; cleaned up " + cleanedUp) + (message.isEmpty() ? "" : " — " + message);
  }
}
