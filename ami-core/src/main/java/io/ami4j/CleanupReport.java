package io.ami4j;

import io.ami4j.internal.cleanup.JsonWriter;
import io.ami4j.internal.cleanup.TextTable;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What executing a {@link CleanupPlan} did, image by image and snapshot by snapshot: deregistered,
 * kept (with the plan's reason), failed (with the error), or not done (the deadline passed first).
 * When an answer left the outcome unclear (a lost answer, a 5xx after retries), ami4j asked the
 * backend again and reports what it shows.
 *
 * <pre>{@code
 * CleanupReport report = plan.execute();
 * System.out.print(report.toTable());
 * report.failed().forEach(r -> System.err.println(r.imageId() + ": " + r.detail()));
 * }</pre>
 */
public final class CleanupReport {
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
  public static final class SnapshotResult {
    private final SnapshotId snapshotId;
    private final SnapshotOutcome outcome;
    private final String detail;

    SnapshotResult(SnapshotId snapshotId, SnapshotOutcome outcome, String detail) {
      this.snapshotId = snapshotId;
      this.outcome = outcome;
      this.detail = detail;
    }

    /** The snapshot. */
    public SnapshotId snapshotId() {
      return snapshotId;
    }

    /** What happened. */
    public SnapshotOutcome outcome() {
      return outcome;
    }

    /** Why, when there is more to say. */
    public String detail() {
      return detail;
    }

    @Override
    public String toString() {
      return snapshotId + ":" + outcome + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  /** One image's result. */
  public static final class ImageResult {
    private final AccountId account;
    private final Region region;
    private final ImageId imageId;
    private final String name;
    private final ImageOutcome outcome;
    private final CleanupReason reason;
    private final String detail;
    private final List<SnapshotResult> snapshots;

    ImageResult(AccountId account, Region region, ImageId imageId, String name, ImageOutcome outcome,
        CleanupReason reason, String detail, List<SnapshotResult> snapshots) {
      this.account = account;
      this.region = region;
      this.imageId = imageId;
      this.name = name;
      this.outcome = outcome;
      this.reason = reason;
      this.detail = detail;
      this.snapshots = List.copyOf(snapshots);
    }

    /** The account. */
    public AccountId account() {
      return account;
    }

    /** The region. */
    public Region region() {
      return region;
    }

    /** The image. */
    public ImageId imageId() {
      return imageId;
    }

    /** The image's name. */
    public String name() {
      return name;
    }

    /** What happened. */
    public ImageOutcome outcome() {
      return outcome;
    }

    /** The plan's reason: why it was kept, or {@link CleanupReason#MATCHES_POLICY}. */
    public CleanupReason reason() {
      return reason;
    }

    /** The error, the note, or the plan's particulars for a kept image. */
    public String detail() {
      return detail;
    }

    /** Each snapshot of a deregistered (or to-be-deregistered) image. */
    public List<SnapshotResult> snapshots() {
      return snapshots;
    }

    @Override
    public String toString() {
      return imageId + " " + outcome + " " + reason.label() + (detail.isEmpty() ? "" : " (" + detail + ")")
          + (snapshots.isEmpty() ? "" : " " + snapshots);
    }
  }

  private final List<ImageResult> images;
  private final Instant started;
  private final Instant finished;

  CleanupReport(List<ImageResult> images, Instant started, Instant finished) {
    this.images = List.copyOf(images);
    this.started = started;
    this.finished = finished;
  }

  /** Every image of the plan, with its result. */
  public List<ImageResult> images() {
    return images;
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
    return images.stream().flatMap(i -> i.snapshots.stream()).collect(Collectors.toList());
  }

  /** Snapshots deleted. */
  public List<SnapshotId> snapshotsDeleted() {
    return snapshots().stream().filter(s -> s.outcome == SnapshotOutcome.DELETED).map(SnapshotResult::snapshotId)
        .collect(Collectors.toList());
  }

  /** Whether everything the plan meant to do was done: nothing failed, unknown or not done. */
  public boolean complete() {
    return failed().isEmpty() && notDone().isEmpty() && unknown().isEmpty()
        && snapshots().stream().noneMatch(s -> s.outcome == SnapshotOutcome.FAILED);
  }

  /** When execution started, on the client's clock. */
  public Instant started() {
    return started;
  }

  /** How long execution took, on the client's clock. */
  public Duration duration() {
    return Duration.between(started, finished);
  }

  private List<ImageResult> with(ImageOutcome o) {
    return images.stream().filter(i -> i.outcome == o).collect(Collectors.toList());
  }

  /** One line of counts. */
  public String summary() {
    return deregistered().size() + " deregistered, " + kept().size() + " kept, " + failed().size() + " failed, "
        + notDone().size() + " not done" + (unknown().isEmpty() ? "" : ", " + unknown().size() + " unknown")
        + "; snapshots: " + snapshotsDeleted().size() + " deleted, "
        + snapshots().stream().filter(s -> s.outcome == SnapshotOutcome.SKIPPED).count() + " skipped by EC2, "
        + snapshots().stream().filter(s -> s.outcome == SnapshotOutcome.FAILED).count() + " failed; in "
        + duration().toMillis() + " ms";
  }

  /** The report as a text table: a row per image and one per snapshot of a deregistered image. */
  public String toTable() {
    TextTable t = new TextTable("ACCOUNT", "REGION", "RESOURCE", "NAME", "OUTCOME", "REASON", "DETAIL");
    for (ImageResult i : images) {
      t.row(i.account.value(), i.region.name(), i.imageId.value(), i.name, i.outcome.name().toLowerCase(java.util.Locale.ROOT),
          i.reason.label(), i.detail);
      for (SnapshotResult s : i.snapshots) {
        t.row("", "", "  " + s.snapshotId.value(), "", s.outcome.name().toLowerCase(java.util.Locale.ROOT), "",
            s.detail);
      }
    }
    return t + summary() + "\n";
  }

  /** The report as a JSON document. */
  public String toJson() {
    JsonWriter j = new JsonWriter().beginObject();
    j.member("started", started.toString()).member("durationMillis", duration().toMillis())
        .member("deregistered", deregistered().size()).member("kept", kept().size())
        .member("failed", failed().size()).member("notDone", notDone().size()).member("unknown", unknown().size())
        .member("snapshotsDeleted", snapshotsDeleted().size());
    j.name("images").beginArray();
    for (ImageResult i : images) {
      j.beginObject().member("account", i.account.value()).member("region", i.region.name())
          .member("imageId", i.imageId.value()).member("name", i.name)
          .member("outcome", i.outcome.name().toLowerCase(java.util.Locale.ROOT)).member("reason", i.reason.label())
          .member("detail", i.detail);
      j.name("snapshots").beginArray();
      for (SnapshotResult s : i.snapshots) {
        j.beginObject().member("snapshotId", s.snapshotId.value())
            .member("outcome", s.outcome.name().toLowerCase(java.util.Locale.ROOT)).member("detail", s.detail)
            .endObject();
      }
      j.endArray().endObject();
    }
    return j.endArray().endObject().toString() + "\n";
  }

  @Override
  public String toString() {
    return "CleanupReport[" + summary() + "]";
  }
}
