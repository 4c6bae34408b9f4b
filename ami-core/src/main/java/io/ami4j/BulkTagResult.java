package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.ResourceId;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link BulkTagSpec#apply()} changed, and with how many calls.
 *
 * <p>Tests that stub ami4j build one with {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class BulkTagResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BulkTagResult}. */
  public static final class Builder extends ImmutableBulkTagResult.Builder {}

  /** The images and snapshots whose tags changed. */
  public abstract List<ResourceId> resources();

  /** CreateTags and DeleteTags calls made. */
  @Value.Default
  public int tagCalls() {
    return 0;
  }

  /** DescribeImages calls made to find the snapshots. */
  @Value.Default
  public int describeCalls() {
    return 0;
  }

  @Override
  public String toString() {
    return "BulkTagResult[" + resources().size() + " resources, " + tagCalls() + " tag calls, " + describeCalls()
        + " describe calls]";
  }
}
