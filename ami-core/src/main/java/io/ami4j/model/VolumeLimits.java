package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import java.util.EnumMap;
import java.util.Map;

/**
 * EC2's limits per EBS volume type, from the {@code EbsBlockDevice} documentation of the EC2
 * service model (2026): the one table ami4j checks block device mappings against. EC2 raises
 * these limits from time to time; raise them here and nowhere else.
 */
public final class VolumeLimits {
  private static final Map<VolumeType, VolumeLimits> TABLE = new EnumMap<>(VolumeType.class);

  static {
    TABLE.put(VolumeType.GP2, new VolumeLimits(1, 16_384, 0, 0, 0, 0, 0));
    TABLE.put(VolumeType.GP3, new VolumeLimits(1, 65_536, 3_000, 80_000, 0, 125, 2_000));
    TABLE.put(VolumeType.IO1, new VolumeLimits(4, 16_384, 100, 64_000, 50, 0, 0));
    TABLE.put(VolumeType.IO2, new VolumeLimits(4, 65_536, 100, 256_000, 1_000, 0, 0));
    TABLE.put(VolumeType.ST1, new VolumeLimits(125, 16_384, 0, 0, 0, 0, 0));
    TABLE.put(VolumeType.SC1, new VolumeLimits(125, 16_384, 0, 0, 0, 0, 0));
    TABLE.put(VolumeType.STANDARD, new VolumeLimits(1, 1_024, 0, 0, 0, 0, 0));
  }

  private final int minSize;
  private final int maxSize;
  private final int minIops;
  private final int maxIops;
  private final int maxIopsPerGib;
  private final int minThroughput;
  private final int maxThroughput;

  private VolumeLimits(int minSize, int maxSize, int minIops, int maxIops, int maxIopsPerGib,
      int minThroughput, int maxThroughput) {
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.minIops = minIops;
    this.maxIops = maxIops;
    this.maxIopsPerGib = maxIopsPerGib;
    this.minThroughput = minThroughput;
    this.maxThroughput = maxThroughput;
  }

  /**
   * The limits of a volume type.
   *
   * @param type the type
   * @return its limits
   */
  public static VolumeLimits of(VolumeType type) {
    return TABLE.get(type);
  }

  /** Smallest size in GiB. */
  public int minSize() {
    return minSize;
  }

  /** Largest size in GiB. */
  public int maxSize() {
    return maxSize;
  }

  /** Whether IOPS may be set for this type. */
  public boolean takesIops() {
    return maxIops > 0;
  }

  /** Whether throughput may be set for this type. */
  public boolean takesThroughput() {
    return maxThroughput > 0;
  }

  /**
   * Checks a volume's settings against the table.
   *
   * @param type the type
   * @param size size in GiB, or {@code null} (taken from the snapshot)
   * @param iops IOPS, or {@code null}
   * @param throughput throughput in MiB/s, or {@code null}
   * @throws io.ami4j.AmiValidationException naming the field and the limit
   */
  public static void check(VolumeType type, Integer size, Integer iops, Integer throughput) {
    VolumeLimits l = of(type);
    String t = " for " + type.wireValue();
    if (size != null) {
      Check.that(size >= l.minSize && size <= l.maxSize, "volumeSize", size,
          "must be between " + l.minSize + " and " + l.maxSize + " GiB" + t);
    }
    if (iops != null) {
      Check.that(l.takesIops(), "iops", iops, "must not be set" + t);
      Check.that(iops >= l.minIops && iops <= l.maxIops, "iops", iops,
          "must be between " + l.minIops + " and " + l.maxIops + t);
      if (size != null && l.maxIopsPerGib > 0) {
        Check.that(iops <= (long) size * l.maxIopsPerGib, "iops", iops,
            "must be at most " + l.maxIopsPerGib + " per GiB" + t + " (" + size + " GiB)");
      }
    }
    if (throughput != null) {
      Check.that(l.takesThroughput(), "throughput", throughput, "must not be set" + t);
      Check.that(throughput >= l.minThroughput && throughput <= l.maxThroughput, "throughput", throughput,
          "must be between " + l.minThroughput + " and " + l.maxThroughput + " MiB/s" + t);
    }
  }
}
