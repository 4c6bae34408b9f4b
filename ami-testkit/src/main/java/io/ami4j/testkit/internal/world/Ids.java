package io.ami4j.testkit.internal.world;

import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumeId;
import java.util.Random;

/** EC2-shaped ids ({@code ami-} + 17 hex digits, …) from a seeded generator, so runs repeat. */
final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final Random random;

  Ids(long seed) {
    this.random = new Random(seed);
  }

  String hex(String prefix, int digits) {
    StringBuilder b = new StringBuilder(prefix.length() + 1 + digits).append(prefix).append('-');
    for (int i = 0; i < digits; i++) {
      b.append(HEX[random.nextInt(16)]);
    }
    return b.toString();
  }

  ImageId image() {
    return ImageId.of(hex("ami", 17));
  }

  SnapshotId snapshot() {
    return SnapshotId.of(hex("snap", 17));
  }

  InstanceId instance() {
    return InstanceId.of(hex("i", 17));
  }

  VolumeId volume() {
    return VolumeId.of(hex("vol", 17));
  }

  String launchTemplate() {
    return hex("lt", 17);
  }

  String requestId() {
    String h = hex("r", 32).substring(2);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
        + h.substring(16, 20) + "-" + h.substring(20);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
