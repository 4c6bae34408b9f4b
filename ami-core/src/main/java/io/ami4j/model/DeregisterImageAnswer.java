package io.ami4j.model;

import java.util.List;
import org.immutables.value.Value;

/** The answer of one DeregisterImage call: the image and, when asked, each snapshot's outcome. */
@Value.Immutable
public abstract class DeregisterImageAnswer {
  /** The image deregistered. */
  public abstract ImageId imageId();

  /** Each associated snapshot and what happened to it (empty unless snapshots were to be deleted). */
  public abstract List<SnapshotDeletion> snapshots();

  /**
   * Makes an answer.
   *
   * @param imageId the image
   * @param snapshots the snapshot outcomes
   * @return the answer
   */
  public static DeregisterImageAnswer of(ImageId imageId, List<SnapshotDeletion> snapshots) {
    return ImmutableDeregisterImageAnswer.builder().imageId(imageId).addAllSnapshots(snapshots).build();
  }
}
