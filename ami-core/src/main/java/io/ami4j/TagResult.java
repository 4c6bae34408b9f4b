package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.ResourceId;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link TagSpec#apply()} changed: the resource, then (for an image with
 * {@link TagSpec#tagSnapshots()}) its snapshots.
 *
 * <pre>{@code TagResult r = amis.tags(imageId).add("env", "prod").tagSnapshots().apply(); }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class TagResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TagResult}. */
  public static final class Builder extends ImmutableTagResult.Builder {}

  /** The resources whose tags changed. */
  public abstract List<ResourceId> resources();

  @Override
  public String toString() {
    return "TagResult[" + resources() + "]";
  }
}
