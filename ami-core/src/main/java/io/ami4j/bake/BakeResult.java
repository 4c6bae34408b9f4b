package io.ami4j.bake;

import io.ami4j.AmiBakeFailedException;
import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The report of a bake: the image and its copies, and for every stage what it made, how long it
 * took and what was cleaned up. A failed bake's report travels in {@link AmiBakeFailedException}.
 *
 * <pre>{@code
 * BakeResult r = amis.bake(base).….submit().await();
 * System.out.println(r.image().get().id() + " copies " + r.copies().keySet());
 * r.stages().forEach(System.out::println);
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class BakeResult {
  /** A new builder (also the pipeline's, that runs the bake). */
  public static Builder builder() {
    return new Builder();
  }

  /** The bake's id: the value of the {@value BakeTags#BAKE} tag on everything it made. */
  public abstract String bakeId();

  /** The image name, placeholders filled in. */
  public abstract String imageName();

  /** The base image the builder was launched from. */
  public abstract ImageId baseImage();

  /** Whether every stage succeeded. */
  public boolean succeeded() {
    return failedStage().isEmpty();
  }

  /** The new image, in the bake's region; empty when the bake failed (it was removed). */
  public abstract Optional<Image> image();

  /** The copies by region; empty when the bake failed or copied nothing. */
  public abstract Map<Region, Image> copies();

  /** Every stage's result, in order (stages that did not run are {@code NOT_RUN}). */
  public abstract List<BakeStageResult> stages();

  /**
   * One stage's result.
   *
   * @param stage the stage
   * @return its result
   * @throws io.ami4j.AmiValidationException when {@code stage} is null or the result holds none of it
   */
  public BakeStageResult stage(BakeStage stage) {
    io.ami4j.internal.validate.Check.notNull("stage", stage);
    return stages().stream().filter(s -> s.stage() == stage).findFirst()
        .orElseThrow(() -> new io.ami4j.AmiValidationException("stage", stage,
            "must be a stage this result holds " + stages().stream().map(BakeStageResult::stage).toList()));
  }

  /** The stage that failed (or was cancelled), if any. */
  public abstract Optional<BakeStage> failedStage();

  /** Why the bake failed, if it did. */
  public abstract Optional<String> failure();

  /** Everything the bake made, in every stage. */
  public List<BakeResource> made() {
    Set<BakeResource> out = new LinkedHashSet<>();
    stages().forEach(s -> out.addAll(s.made()));
    return new ArrayList<>(out);
  }

  /** Everything the bake terminated, deregistered or deleted, in every stage. */
  public List<BakeResource> cleanedUp() {
    Set<BakeResource> out = new LinkedHashSet<>();
    stages().forEach(s -> out.addAll(s.cleanedUp()));
    return new ArrayList<>(out);
  }

  /**
   * What the bake made and could not remove although it should have, with the reason (e.g. an
   * image whose deregistration protection has a cooldown). Empty after a clean run or rollback.
   */
  public abstract Map<BakeResource, String> leftBehind();

  /** How long the bake took, first stage to last, on the client's clock. */
  public Duration duration() {
    List<BakeStageResult> stages = stages();
    if (stages.isEmpty()) {
      return Duration.ZERO;
    }
    BakeStageResult last = stages.get(stages.size() - 1);
    return Duration.between(stages.get(0).started(), last.started().plus(last.duration()));
  }

  @Override
  public String toString() {
    return "BakeResult[" + bakeId() + ", " + imageName() + ", "
        + (succeeded() ? "succeeded" : "failed in " + failedStage().get())
        + image().map(i -> ", image " + i.id()).orElse("")
        + (copies().isEmpty() ? "" : ", copies " + copies().keySet()) + "]";
  }

  /** Builds a {@link BakeResult}. */
  public static final class Builder extends ImmutableBakeResult.Builder {
    /**
     * A copy.
     *
     * @param region its region
     * @param copy the copy
     * @return this builder
     */
    public Builder copy(Region region, Image copy) {
      putCopies(region, copy);
      return this;
    }

    /**
     * A stage's report.
     *
     * @param report the report
     * @return this builder
     */
    public Builder stage(BakeStageResult report) {
      addStages(report);
      return this;
    }

    /**
     * The failure.
     *
     * @param stage the stage that failed
     * @param why why
     * @return this builder
     */
    public Builder failed(BakeStage stage, String why) {
      failedStage(stage);
      failure(why);
      return this;
    }

    /**
     * A resource that should have been removed and was not.
     *
     * @param resource the resource
     * @param why why
     * @return this builder
     */
    public Builder leftBehind(BakeResource resource, String why) {
      putLeftBehind(resource, why);
      return this;
    }
  }
}
