package io.ami4j.cleanup;

import io.ami4j.Snapshots;
import io.ami4j.internal.cleanup.JsonWriter;
import io.ami4j.internal.cleanup.TextTable;
import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What executing a {@link CleanupPlan} did, image by image and snapshot by snapshot: deregistered,
 * kept (with the plan's reason), failed (with the error), or not done (the deadline passed first).
 * When an answer left the outcome unclear (a lost answer, a 5xx after retries), ami4j asked the
 * backend again and reports what it shows.
 *
 * <pre>{@code
 * CleanupResult report = plan.submit().await();
 * System.out.print(report.toTable());
 * report.failed().forEach(r -> System.err.println(r.imageId() + ": " + r.detail()));
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()}, {@link ImageResult#builder()} and
 * {@link SnapshotResult#builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class CleanupResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CleanupResult}. */
  public static final class Builder extends ImmutableCleanupResult.Builder {}

  /** What happened to an image. */
  public enum ImageOutcome {
    /** Deregistered. */
    DEREGISTERED,
    /** Kept, for the plan's reason. */
    KEPT,
    /** DeregisterImage failed; the image is still registered. */
    FAILED,
    /** Not tried: the deadline passed first. The image is still registered. */
    NOT_DONE,
    /** The answer was lost and asking again failed too: it may or may not be deregistered. */
    UNKNOWN
  }

  /** What happened to a snapshot of an image the plan deregisters. */
  public enum SnapshotOutcome {
    /** Deleted with its image. */
    DELETED,
    /** Kept by EC2: another image still uses it. */
    SKIPPED,
    /** EC2 could not delete it (missing permissions, an error). */
    FAILED,
    /** Kept: snapshots were not to be deleted. */
    KEPT,
    /** Its image was not deregistered, so it was not touched. */
    NOT_DONE,
    /** Its image's outcome is unknown. */
    UNKNOWN
  }

  /** One snapshot's result. */
  @Value.Immutable
  public abstract static class SnapshotResult {
    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SnapshotResult}. */
    public static final class Builder extends ImmutableSnapshotResult.Builder {}

    /**
     * A snapshot's result.
     *
     * @param snapshotId the snapshot
     * @param outcome what happened
     * @param detail why, empty when there is nothing to add
     * @return the result
     */
    public static SnapshotResult of(SnapshotId snapshotId, SnapshotOutcome outcome, String detail) {
      return builder().snapshotId(snapshotId).outcome(outcome).detail(detail).build();
    }

    /** The snapshot. */
    public abstract SnapshotId snapshotId();

    /** What happened. */
    public abstract SnapshotOutcome outcome();

    /** Why, when there is more to say. */
    @Value.Default
    public String detail() {
      return "";
    }

    @Override
    public String toString() {
      return snapshotId() + ":" + outcome() + (detail().isEmpty() ? "" : " (" + detail() + ")");
    }
  }

  /** One image's result. */
  @Value.Immutable
  public abstract static class ImageResult {
    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link ImageResult}. */
    public static final class Builder extends ImmutableImageResult.Builder {}

    /** The account. */
    public abstract AccountId account();

    /** The region. */
    public abstract Region region();

    /** The image. */
    public abstract ImageId imageId();

    /** The image's name. */
    public abstract String name();

    /** What happened. */
    public abstract ImageOutcome outcome();

    /** The plan's reason: why it was kept, or {@link CleanupReason#MATCHES_POLICY}. */
    public abstract CleanupReason reason();

    /** The error, the note, or the plan's particulars for a kept image. */
    @Value.Default
    public String detail() {
      return "";
    }

    /** Each snapshot of a deregistered (or to-be-deregistered) image. */
    public abstract List<SnapshotResult> snapshots();

    @Override
    public String toString() {
      return imageId() + " " + outcome() + " " + reason().label() + (detail().isEmpty() ? "" : " (" + detail() + ")")
          + (snapshots().isEmpty() ? "" : " " + snapshots());
    }
  }

  static ImageResult image(AccountId account, Region region, ImageId imageId, String name, ImageOutcome outcome,
      CleanupReason reason, String detail, List<SnapshotResult> snapshots) {
    return ImageResult.builder().account(account).region(region).imageId(imageId).name(name).outcome(outcome)
        .reason(reason).detail(detail).snapshots(snapshots).build();
  }

  /** Every image of the plan, with its result. */
  public abstract List<ImageResult> images();

  /** When execution started, on the client's clock. */
  public abstract Instant started();

  /** When execution finished, on the client's clock. */
  public abstract Instant finished();

  @Value.Check
  void check() {
    io.ami4j.internal.validate.Check.that(!finished().isBefore(started()), "finished", finished(),
        "must not be before started (" + started() + ")");
  }

  /** Images deregistered. */
  public List<ImageResult> deregistered() {
    return with(ImageOutcome.DEREGISTERED);
  }

  /** Images kept by the plan. */
  public List<ImageResult> kept() {
    return with(ImageOutcome.KEPT);
  }

  /** Images whose deregistration failed. */
  public List<ImageResult> failed() {
    return with(ImageOutcome.FAILED);
  }

  /** Images not tried because the deadline passed. */
  public List<ImageResult> notDone() {
    return with(ImageOutcome.NOT_DONE);
  }

  /** Images whose outcome could not be learned. */
  public List<ImageResult> unknown() {
    return with(ImageOutcome.UNKNOWN);
  }

  /** Every snapshot result. */
  public List<SnapshotResult> snapshots() {
    return images().stream().flatMap(i -> i.snapshots().stream()).collect(Collectors.toList());
  }

  /** Snapshots deleted. */
  public List<SnapshotId> snapshotsDeleted() {
    return snapshots().stream().filter(s -> s.outcome() == SnapshotOutcome.DELETED).map(SnapshotResult::snapshotId)
        .collect(Collectors.toList());
  }

  /** Whether everything the plan meant to do was done: nothing failed, unknown or not done. */
  public boolean complete() {
    return failed().isEmpty() && notDone().isEmpty() && unknown().isEmpty()
        && snapshots().stream().noneMatch(s -> s.outcome() == SnapshotOutcome.FAILED
            || s.outcome() == SnapshotOutcome.UNKNOWN);
  }

  /** How long execution took, on the client's clock. */
  public Duration duration() {
    return Duration.between(started(), finished());
  }

  private List<ImageResult> with(ImageOutcome o) {
    return images().stream().filter(i -> i.outcome() == o).collect(Collectors.toList());
  }

  /** One line of counts. */
  public String summary() {
    return deregistered().size() + " deregistered, " + kept().size() + " kept, " + failed().size() + " failed, "
        + notDone().size() + " not done" + (unknown().isEmpty() ? "" : ", " + unknown().size() + " unknown")
        + "; snapshots: " + snapshotsDeleted().size() + " deleted, "
        + snapshots().stream().filter(s -> s.outcome() == SnapshotOutcome.SKIPPED).count() + " skipped by EC2, "
        + snapshots().stream().filter(s -> s.outcome() == SnapshotOutcome.FAILED).count() + " failed"
        + (snapshots().stream().noneMatch(s -> s.outcome() == SnapshotOutcome.UNKNOWN) ? "" : ", "
            + snapshots().stream().filter(s -> s.outcome() == SnapshotOutcome.UNKNOWN).count() + " unknown")
        + "; in "
        + duration().toMillis() + " ms";
  }

  /** The report as a text table: a row per image and one per snapshot of a deregistered image. */
  public String toTable() {
    TextTable t = new TextTable("ACCOUNT", "REGION", "RESOURCE", "NAME", "OUTCOME", "REASON", "DETAIL");
    for (ImageResult i : images()) {
      t.row(i.account().value(), i.region().name(), i.imageId().value(), i.name(), i.outcome().name().toLowerCase(java.util.Locale.ROOT),
          i.reason().label(), i.detail());
      for (SnapshotResult s : i.snapshots()) {
        t.row("", "", "  " + s.snapshotId().value(), "", s.outcome().name().toLowerCase(java.util.Locale.ROOT), "",
            s.detail());
      }
    }
    return t + summary() + "\n";
  }

  /** The report as a JSON document. */
  public String toJson() {
    JsonWriter j = new JsonWriter().beginObject();
    j.member("started", started().toString()).member("durationMillis", duration().toMillis())
        .member("deregistered", deregistered().size()).member("kept", kept().size())
        .member("failed", failed().size()).member("notDone", notDone().size()).member("unknown", unknown().size())
        .member("snapshotsDeleted", snapshotsDeleted().size());
    j.name("images").beginArray();
    for (ImageResult i : images()) {
      j.beginObject().member("account", i.account().value()).member("region", i.region().name())
          .member("imageId", i.imageId().value()).member("name", i.name())
          .member("outcome", i.outcome().name().toLowerCase(java.util.Locale.ROOT)).member("reason", i.reason().label())
          .member("detail", i.detail());
      j.name("snapshots").beginArray();
      for (SnapshotResult s : i.snapshots()) {
        j.beginObject().member("snapshotId", s.snapshotId().value())
            .member("outcome", s.outcome().name().toLowerCase(java.util.Locale.ROOT)).member("detail", s.detail())
            .endObject();
      }
      j.endArray().endObject();
    }
    return j.endArray().endObject().toString() + "\n";
  }

  @Override
  public String toString() {
    return "CleanupResult[" + summary() + "]";
  }
}
