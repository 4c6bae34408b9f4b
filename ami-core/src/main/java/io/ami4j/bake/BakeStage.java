package io.ami4j.bake;

import io.ami4j.ProgressEvent;
import java.util.Optional;

/**
 * The stages of a bake ({@link BakeSpec}), in the order they run. Every progress event of a bake
 * names its stage in its operation ({@code Bake:LAUNCH}, {@code Bake:CUSTOMIZE}, …).
 *
 * <pre>{@code
 * amis.bake(base).….submit().onProgress(e -> BakeStage.of(e).ifPresent(s -> System.out.println(s + ": " + e.state())));
 * }</pre>
 */
public enum BakeStage {
  /** RunInstances of the builder instance from the base image, until it has started. */
  LAUNCH,
  /** The builder runs its user data, which ends by powering it off: awaits {@code stopped}. */
  CUSTOMIZE,
  /** CreateImage from the stopped builder, until the image is {@code available}. */
  CREATE_IMAGE,
  /** CopyImage to the other regions, until every copy is {@code available}. */
  COPY,
  /** Launch permissions (and snapshot permissions) for accounts, organizations and OUs. */
  SHARE,
  /** Deprecation time, the bake's completion mark, then deregistration protection. */
  RETIRE_SETTINGS,
  /** Terminates the builder; after a failure also removes every image and snapshot the bake made. */
  CLEANUP;

  /** The prefix of a bake's progress operations. */
  static final String OPERATION_PREFIX = "Bake:";

  /** The progress operation of this stage, e.g. {@code Bake:LAUNCH}. */
  public String operation() {
    return OPERATION_PREFIX + name();
  }

  /**
   * The stage a progress event belongs to.
   *
   * @param event an event
   * @return its stage, or empty for an event of another operation
   */
  public static Optional<BakeStage> of(ProgressEvent event) {
    String op = event.operation();
    if (!op.startsWith(OPERATION_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(op.substring(OPERATION_PREFIX.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
