package io.ami4j.internal.cleanup;

import io.ami4j.cleanup.CleanupResult.ImageOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The INFO lines of one cleanup run: a progress line at every tenth of the images, or when
 * {@link #STEP_TIME} has passed since the last line, and a summary when the last image is done
 * (each image itself is logged at DEBUG). A thousand images make about eleven lines, not a
 * thousand. Thread-safe.
 */
public final class CleanupProgress {
  /** The longest time between two progress lines while images are being done. */
  public static final Duration STEP_TIME = Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger(CleanupProgress.class);

  private final int total;
  private final Clock clock;
  private final Consumer<String> info;
  private final Instant started;
  private final Map<ImageOutcome, Integer> counts = new EnumMap<>(ImageOutcome.class);
  private int done;
  private int lastTenth;
  private Instant lastLine;

  /**
   * Progress of {@code total} images, logged at INFO.
   *
   * @param total the images to deregister
   * @param clock the time source
   */
  public CleanupProgress(int total, Clock clock) {
    this(total, clock, LOG::info);
  }

  /**
   * Progress of {@code total} images, written to {@code info}.
   *
   * @param total the images to deregister
   * @param clock the time source
   * @param info where the lines go
   */
  public CleanupProgress(int total, Clock clock, Consumer<String> info) {
    this.total = total;
    this.clock = clock;
    this.info = info;
    this.started = clock.instant();
    this.lastLine = started;
  }

  /**
   * One image is done.
   *
   * @param outcome what happened to it
   */
  public void done(ImageOutcome outcome) {
    String line;
    synchronized (this) {
      done++;
      counts.merge(outcome, 1, Integer::sum);
      Instant now = clock.instant();
      int tenth = total == 0 ? 10 : (int) (10L * done / total);
      Duration elapsed = Duration.between(started, now);
      if (done >= total) {
        line = String.format(Locale.ROOT, "Cleanup done: %d %s in %.1f s — %s", done, done == 1 ? "image" : "images",
            seconds(elapsed), outcomes());
      } else if (tenth > lastTenth || !Duration.between(lastLine, now).minus(STEP_TIME).isNegative()) {
        line = String.format(Locale.ROOT, "Cleanup: %d of %d images done (%d %%) after %.1f s — %s", done, total,
            100L * done / total, seconds(elapsed), outcomes());
      } else {
        return;
      }
      lastTenth = tenth;
      lastLine = now;
    }
    info.accept(line);
  }

  private String outcomes() {
    return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)
        .replace('_', ' ')).collect(Collectors.joining(", "));
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
