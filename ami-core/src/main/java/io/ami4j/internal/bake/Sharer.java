package io.ami4j.internal.bake;

import io.ami4j.model.ImageId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import java.util.List;

/**
 * Grants launch permission on one image, with the sharing verb's own checks (the AWS-managed
 * EBS key, the entity limit, KMS keys to share). The bake is handed it by the spec that starts it:
 * the sharing rules live with the sharing verb, and the bake does not reach for the client.
 */
@FunctionalInterface
public interface Sharer {
  /**
   * Grants, blocking until the grants are made.
   *
   * @param region the image's region
   * @param image the image
   * @param with who may launch it
   * @param snapshots whether the accounts also get {@code createVolumePermission} on its snapshots
   * @return notes for people (KMS keys to share, …)
   */
  List<String> share(Region region, ImageId image, List<LaunchPermission> with, boolean snapshots);
}
