package io.ami4j.internal.cleanup;

import io.ami4j.cleanup.CleanupReason;
import io.ami4j.model.Image;

/**
 * What the planner decided for one image: deregister it or keep it, the reason, and the
 * particulars a reader needs ("among the 3 newest of web", "used by instance i-…").
 *
 * @param image the image as DescribeImages showed it
 * @param group its group's key
 * @param reason why it goes or stays ({@link CleanupReason#keeps()} tells which)
 * @param detail the particulars
 */
public record Verdict(Image image, String group, CleanupReason reason, String detail) {
  /** Whether the image is to be deregistered. */
  public boolean deregister() {
    return !reason.keeps();
  }
}
