package io.ami4j.bake;

import io.ami4j.internal.value.AmiStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * What one stage of a bake did: how it ended, when it started and how long it took (on the
 * client's clock), what it made and what it cleaned up.
 *
 * <pre>{@code
 * for (BakeStageResult s : result.stages()) {
 *   System.out.println(s.stage() + " " + s.outcome() + " in " + s.duration() + ": made " + s.made());
 * }
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()} or {@link #of}.
 */
@AmiStyle
@Value.Immutable
public abstract class BakeStageResult {
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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BakeStageResult}. */
  public static final class Builder extends ImmutableBakeStageResult.Builder {}

  /**
   * A report.
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
  public static BakeStageResult of(BakeStage stage, Outcome outcome, Instant started, Duration duration,
      List<BakeResource> made, List<BakeResource> cleanedUp, String message) {
    return builder().stage(stage).outcome(outcome).started(started).duration(duration).made(made)
        .cleanedUp(cleanedUp).message(message).build();
  }

  /** The stage. */
  public abstract BakeStage stage();

  /** How it ended. */
  public abstract Outcome outcome();

  /** When it started, on the client's clock. */
  public abstract Instant started();

  /** How long it took, on the client's clock. */
  @Value.Default
  public Duration duration() {
    return Duration.ZERO;
  }

  /** What it made (ids and regions). */
  public abstract List<BakeResource> made();

  /** What it terminated, deregistered or deleted. */
  public abstract List<BakeResource> cleanedUp();

  /** What happened, for people. */
  @Value.Default
  public String message() {
    return "";
  }

  @Override
  public String toString() {
    return stage() + " " + outcome() + " in " + duration() + (made().isEmpty() ? "" : "; made " + made())
        + (cleanedUp().isEmpty() ? "" : "; cleaned up " + cleanedUp()) + (message().isEmpty() ? "" : " — " + message());
  }
}
