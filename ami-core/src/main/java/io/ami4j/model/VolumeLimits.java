package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import java.util.EnumMap;
import java.util.Map;

/**
 * EC2's limits per EBS volume type, from the {@code EbsBlockDevice} documentation of the EC2
 * service model (2026): the one table ami4j checks block device mappings against. EC2 raises
 * these limits from time to time; raise them here and nowhere else.
 *
 * <p>Besides the absolute ranges, provisioned performance is bound to size: io1 up to 50 IOPS per
 * GiB, io2 up to 1,000, gp3 up to 500 IOPS per GiB above its 3,000 baseline, and gp3 throughput up
 * to 0.25 MiB/s per provisioned IOPS (3,000 IOPS when none are given: at most 750 MiB/s).
 * {@link #check} holds a volume's own values to the ranges (and io1/io2's ratio);
 * {@link #checkRatios} holds a volume as sent to EC2 to every ratio.
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

  /** gp3's IOPS per GiB above its baseline. */
  private static final int GP3_IOPS_PER_GIB = 500;
  /** gp3's provisioned throughput per IOPS, in MiB/s. */
  private static final double GP3_THROUGHPUT_PER_IOPS = 0.25;
  /** gp3's IOPS when none are given (also the baseline at any size). */
  private static final int GP3_DEFAULT_IOPS = 3_000;

  /**
   * Checks the ratios EC2 holds a volume to when it is created: IOPS per GiB (io1, io2, and gp3
   * above its 3,000 baseline) and gp3 throughput per IOPS. A ratio whose parts are not all known
   * (the size taken from the snapshot, no type given) is left to EC2.
   *
   * @param type the type
   * @param size size in GiB, or {@code null} (taken from the snapshot)
   * @param iops IOPS, or {@code null} (gp3: 3,000)
   * @param throughput throughput in MiB/s, or {@code null}
   * @throws io.ami4j.AmiValidationException naming the field and the ratio
   */
  public static void checkRatios(VolumeType type, Integer size, Integer iops, Integer throughput) {
    VolumeLimits l = of(type);
    String t = " for " + type.wireValue();
    if (iops != null && size != null && l.maxIopsPerGib > 0) {
      Check.that(iops <= (long) size * l.maxIopsPerGib, "iops", iops,
          "must be at most " + l.maxIopsPerGib + " per GiB" + t + " (" + size + " GiB)");
    }
    if (type == VolumeType.GP3) {
      if (iops != null && size != null) {
        long cap = Math.max(GP3_DEFAULT_IOPS, (long) size * GP3_IOPS_PER_GIB);
        Check.that(iops <= cap, "iops", iops, "must be at most " + GP3_IOPS_PER_GIB + " per GiB" + t
            + " above its " + GP3_DEFAULT_IOPS + " baseline (" + size + " GiB allow " + cap + ")");
      }
      if (throughput != null) {
        int provisioned = iops != null ? iops : GP3_DEFAULT_IOPS;
        long cap = Math.max(l.minThroughput, (long) Math.floor(provisioned * GP3_THROUGHPUT_PER_IOPS));
        Check.that(throughput <= cap, "throughput", throughput, "must be at most " + GP3_THROUGHPUT_PER_IOPS
            + " MiB/s per IOPS" + t + " (" + provisioned + " IOPS" + (iops == null ? ", the default," : "")
            + " allow " + cap + " MiB/s)");
      }
    }
  }

  /**
   * Checks every EBS volume of some mappings, as sent to EC2, against {@link #checkRatios}.
   *
   * @param mappings the mappings
   * @throws io.ami4j.AmiValidationException naming the field and the ratio
   */
  public static void checkRatios(java.util.List<BlockDeviceMapping> mappings) {
    for (BlockDeviceMapping m : mappings) {
      m.ebs().ifPresent(e -> e.volumeType().ifPresent(t -> checkRatios(t, e.volumeSize().orElse(null),
          e.iops().orElse(null), e.throughput().orElse(null))));
    }
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
