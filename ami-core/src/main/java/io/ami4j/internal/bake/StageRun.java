package io.ami4j.internal.bake;

import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeStage;
import io.ami4j.bake.BakeStageResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One stage while it runs: what it made and cleaned up, then how it ended. Used by one thread. */
final class StageRun {
  final BakeStage stage;
  final Instant started;
  final List<BakeResource> made = new ArrayList<>();
  final List<BakeResource> cleanedUp = new ArrayList<>();
  private BakeStageResult.Outcome outcome;
  private Instant ended;
  private String message = "";

  StageRun(BakeStage stage, Instant started) {
    this.stage = stage;
    this.started = started;
  }

  void made(BakeResource r) {
    if (!made.contains(r)) {
      made.add(r);
    }
  }

  void cleaned(BakeResource r) {
    if (!cleanedUp.contains(r)) {
      cleanedUp.add(r);
    }
  }

  void end(BakeStageResult.Outcome outcome, Instant at, String message) {
    this.outcome = outcome;
    this.ended = at;
    this.message = message == null ? "" : message;
  }

  BakeStageResult report() {
    return BakeStageResult.of(stage, outcome, started, Duration.between(started, ended), made, cleanedUp, message);
  }

  /** The report of a stage that never started. */
  static BakeStageResult notRun(BakeStage stage, Instant at, String why) {
    return BakeStageResult.of(stage, BakeStageResult.Outcome.NOT_RUN, at, Duration.ZERO, List.of(), List.of(), why);
  }
}
