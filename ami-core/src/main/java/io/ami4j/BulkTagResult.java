package io.ami4j;

import io.ami4j.model.ResourceId;
import java.util.List;

/** What {@link BulkTagSpec#apply()} changed, and with how many calls. */
public final class BulkTagResult {
  private final List<ResourceId> resources;
  private final int tagCalls;
  private final int describeCalls;

  BulkTagResult(List<ResourceId> resources, int tagCalls, int describeCalls) {
    this.resources = List.copyOf(resources);
    this.tagCalls = tagCalls;
    this.describeCalls = describeCalls;
  }

  /** The images and snapshots whose tags changed. */
  public List<ResourceId> resources() {
    return resources;
  }

  /** CreateTags and DeleteTags calls made. */
  public int tagCalls() {
    return tagCalls;
  }

  /** DescribeImages calls made to find the snapshots. */
  public int describeCalls() {
    return describeCalls;
  }

  @Override
  public String toString() {
    return "BulkTagResult[" + resources.size() + " resources, " + tagCalls + " tag calls, " + describeCalls
        + " describe calls]";
  }
}
