package io.ami4j;

import io.ami4j.internal.validate.Check;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report of a bake: the image and its copies, and for every stage what it made, how long it
 * took and what was cleaned up. A failed bake's report travels in {@link AmiBakeFailedException}.
 *
 * <pre>{@code
 * BakeResult r = amis.bake(base).….submit().await();
 * System.out.println(r.image().get().id() + " copies " + r.copies().keySet());
 * r.stages().forEach(System.out::println);
 * }</pre>
 */
public final class BakeResult {
  private final String bakeId;
  private final String imageName;
  private final ImageId baseImage;
  private final Image image;
  private final Map<Region, Image> copies;
  private final List<BakeStageReport> stages;
  private final BakeStage failedStage;
  private final String failure;
  private final Map<BakeResource, String> leftBehind;

  private BakeResult(Builder b) {
    this.bakeId = Check.notNull("bakeId", b.bakeId);
    this.imageName = Check.notNull("imageName", b.imageName);
    this.baseImage = Check.notNull("baseImage", b.baseImage);
    this.image = b.image;
    this.copies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.copies));
    this.stages = List.copyOf(b.stages);
    this.failedStage = b.failedStage;
    this.failure = b.failure;
    this.leftBehind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.leftBehind));
  }

  /** A builder, for the pipeline that runs the bake. */
  public static Builder builder() {
    return new Builder();
  }

  /** The bake's id: the value of the {@value BakeTags#BAKE} tag on everything it made. */
  public String bakeId() {
    return bakeId;
  }

  /** The image name, placeholders filled in. */
  public String imageName() {
    return imageName;
  }

  /** The base image the builder was launched from. */
  public ImageId baseImage() {
    return baseImage;
  }

  /** Whether every stage succeeded. */
  public boolean succeeded() {
    return failedStage == null;
  }

  /** The new image, in the bake's region; empty when the bake failed (it was removed). */
  public Optional<Image> image() {
    return Optional.ofNullable(image);
  }

  /** The copies by region; empty when the bake failed or copied nothing. */
  public Map<Region, Image> copies() {
    return copies;
  }

  /** Every stage's report, in order (stages that did not run are {@code NOT_RUN}). */
  public List<BakeStageReport> stages() {
    return stages;
  }

  /**
   * One stage's report.
   *
   * @param stage the stage
   * @return its report
   */
  public BakeStageReport stage(BakeStage stage) {
    return stages.stream().filter(s -> s.stage() == stage).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No report of " + stage));
  }

  /** The stage that failed (or was cancelled), if any. */
  public Optional<BakeStage> failedStage() {
    return Optional.ofNullable(failedStage);
  }

  /** Why the bake failed, if it did. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** Everything the bake made, in every stage. */
  public List<BakeResource> made() {
    Set<BakeResource> out = new LinkedHashSet<>();
    stages.forEach(s -> out.addAll(s.made()));
    return new ArrayList<>(out);
  }

  /** Everything the bake terminated, deregistered or deleted, in every stage. */
  public List<BakeResource> cleanedUp() {
    Set<BakeResource> out = new LinkedHashSet<>();
    stages.forEach(s -> out.addAll(s.cleanedUp()));
    return new ArrayList<>(out);
  }

  /**
   * What the bake made and could not remove although it should have, with the reason (e.g. an
   * image whose deregistration protection has a cooldown). Empty after a clean run or rollback.
   */
  public Map<BakeResource, String> leftBehind() {
    return leftBehind;
  }

  /** How long the bake took, first stage to last, on the client's clock. */
  public Duration duration() {
    if (stages.isEmpty()) {
      return Duration.ZERO;
    }
    BakeStageReport last = stages.get(stages.size() - 1);
    return Duration.between(stages.get(0).started(), last.started().plus(last.duration()));
  }

  @Override
  public String toString() {
    return "BakeResult[" + bakeId + ", " + imageName + ", " + (succeeded() ? "succeeded" : "failed in " + failedStage)
        + (image == null ? "" : ", image " + image.id()) + (copies.isEmpty() ? "" : ", copies " + copies.keySet())
        + "]";
  }

  /** Builds a {@link BakeResult}. */
  public static final class Builder {
    private String bakeId;
    private String imageName;
    private ImageId baseImage;
    private Image image;
    private final Map<Region, Image> copies = new LinkedHashMap<>();
    private final List<BakeStageReport> stages = new ArrayList<>();
    private BakeStage failedStage;
    private String failure;
    private final Map<BakeResource, String> leftBehind = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The bake id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder bakeId(String id) {
      this.bakeId = id;
      return this;
    }

    /**
     * The image name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder imageName(String name) {
      this.imageName = name;
      return this;
    }

    /**
     * The base image.
     *
     * @param id the base image
     * @return this builder
     */
    public Builder baseImage(ImageId id) {
      this.baseImage = id;
      return this;
    }

    /**
     * The new image.
     *
     * @param image the image
     * @return this builder
     */
    public Builder image(Image image) {
      this.image = image;
      return this;
    }

    /**
     * A copy.
     *
     * @param region its region
     * @param copy the copy
     * @return this builder
     */
    public Builder copy(Region region, Image copy) {
      copies.put(region, copy);
      return this;
    }

    /**
     * A stage's report.
     *
     * @param report the report
     * @return this builder
     */
    public Builder stage(BakeStageReport report) {
      stages.add(report);
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
      this.failedStage = stage;
      this.failure = why;
      return this;
    }

    /**
     * A resource that should have been removed and was not.
     *
     * @param resource the resource
     * @param why why it is still there
     * @return this builder
     */
    public Builder leftBehind(BakeResource resource, String why) {
      leftBehind.put(resource, why);
      return this;
    }

    /** The result. */
    public BakeResult build() {
      return new BakeResult(this);
    }
  }
}
