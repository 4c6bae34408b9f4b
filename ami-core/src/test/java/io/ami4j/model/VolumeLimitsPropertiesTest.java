package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ami4j.gen.Cases;
import io.ami4j.gen.ReportSeed;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EBS limits per volume type, checked against the numbers of the {@code EbsBlockDevice}
 * documentation in the EC2 service model (VolumeSize, Iops, Throughput) and the per-GiB IOPS
 * ratios of io1 (50) and io2 (1,000). Both sides: everything inside is accepted, so ami4j never
 * rejects what EC2 accepts; everything outside is rejected naming the field and the limit.
 */
@ExtendWith(ReportSeed.class)
class VolumeLimitsPropertiesTest {

  /** One row of the published table, written out here independently of {@link VolumeLimits}. */
  static final class Row {
    final int minSize;
    final int maxSize;
    final int minIops;
    final int maxIops;
    final int iopsPerGib;
    final int minThroughput;
    final int maxThroughput;

    Row(int minSize, int maxSize, int minIops, int maxIops, int iopsPerGib, int minThroughput, int maxThroughput) {
      this.minSize = minSize;
      this.maxSize = maxSize;
      this.minIops = minIops;
      this.maxIops = maxIops;
      this.iopsPerGib = iopsPerGib;
      this.minThroughput = minThroughput;
      this.maxThroughput = maxThroughput;
    }

    boolean takesIops() {
      return maxIops > 0;
    }

    boolean takesThroughput() {
      return maxThroughput > 0;
    }
  }

  static final Map<VolumeType, Row> PUBLISHED = new EnumMap<>(VolumeType.class);

  static {
    PUBLISHED.put(VolumeType.GP2, new Row(1, 16_384, 0, 0, 0, 0, 0));
    PUBLISHED.put(VolumeType.GP3, new Row(1, 65_536, 3_000, 80_000, 0, 125, 2_000));
    PUBLISHED.put(VolumeType.IO1, new Row(4, 16_384, 100, 64_000, 50, 0, 0));
    PUBLISHED.put(VolumeType.IO2, new Row(4, 65_536, 100, 256_000, 1_000, 0, 0));
    PUBLISHED.put(VolumeType.ST1, new Row(125, 16_384, 0, 0, 0, 0, 0));
    PUBLISHED.put(VolumeType.SC1, new Row(125, 16_384, 0, 0, 0, 0, 0));
    PUBLISHED.put(VolumeType.STANDARD, new Row(1, 1_024, 0, 0, 0, 0, 0));
  }

  private static final VolumeType[] PROVISIONED_IOPS = {VolumeType.GP3, VolumeType.IO1, VolumeType.IO2};
  private static final VolumeType[] FIXED_PERFORMANCE =
      {VolumeType.GP2, VolumeType.ST1, VolumeType.SC1, VolumeType.STANDARD};
  /** Every published IOPS limit and its neighbours. */
  private static final int[] IOPS_EDGES = {0, 99, 100, 2_999, 3_000, 64_000, 64_001, 80_000, 80_001, 256_000, 256_001};

  @Test
  void theTableCoversEveryTypeWithThePublishedNumbers() {
    assertThat(PUBLISHED).containsOnlyKeys(VolumeType.values());
    PUBLISHED.forEach((type, row) -> {
      VolumeLimits l = VolumeLimits.of(type);
      assertThat(l.minSize()).as("min size of %s", type).isEqualTo(row.minSize);
      assertThat(l.maxSize()).as("max size of %s", type).isEqualTo(row.maxSize);
      assertThat(l.takesIops()).as("iops of %s", type).isEqualTo(row.takesIops());
      assertThat(l.takesThroughput()).as("throughput of %s", type).isEqualTo(row.takesThroughput());
    });
  }

  /** Each type at its smallest and largest size, and sizes between. */
  static Stream<Arguments> sizeInside() {
    Stream<Arguments> bounds = PUBLISHED.entrySet().stream().flatMap(e -> Stream.of(
        Arguments.of(e.getKey(), e.getValue().minSize), Arguments.of(e.getKey(), e.getValue().maxSize)));
    return Stream.concat(bounds, Cases.of(g -> {
      VolumeType t = g.oneOf(VolumeType.class);
      return Arguments.of(t, g.between(PUBLISHED.get(t).minSize, PUBLISHED.get(t).maxSize));
    }));
  }

  @ParameterizedTest
  @MethodSource("sizeInside")
  void everySizeInsideTheRangeIsAccepted(VolumeType type, int size) {
    EbsBlockDevice ebs = EbsBlockDevice.builder().volumeType(type).volumeSize(size).build();
    assertThat(ebs.volumeSize()).contains(size);
  }

  /** Each type one below its smallest and one above its largest size, and sizes further out. */
  static Stream<Arguments> sizeOutside() {
    Stream<Arguments> bounds = PUBLISHED.entrySet().stream().flatMap(e -> Stream.of(
        Arguments.of(e.getKey(), e.getValue().minSize - 1), Arguments.of(e.getKey(), e.getValue().maxSize + 1)));
    return Stream.concat(bounds, Cases.of(g -> {
      VolumeType t = g.oneOf(VolumeType.class);
      Row r = PUBLISHED.get(t);
      return Arguments.of(t, g.bool() ? g.between(-10, r.minSize - 1) : g.between(r.maxSize + 1, 1_000_000));
    }));
  }

  @ParameterizedTest
  @MethodSource("sizeOutside")
  void everySizeOutsideTheRangeIsRejected(VolumeType type, int size) {
    Row r = PUBLISHED.get(type);
    assertRejected(() -> EbsBlockDevice.builder().volumeType(type).volumeSize(size).build(),
        "volumeSize", "between " + r.minSize + " and " + r.maxSize + " GiB", "for " + type.wireValue());
  }

  /** The most IOPS the type allows at this size: its maximum, or less where the per-GiB ratio says so. */
  private static int maxIops(VolumeType t, int size) {
    Row r = PUBLISHED.get(t);
    // Every size of io1 and io2 (at least 4 GiB) allows at least the minimum of 100 IOPS.
    return r.iopsPerGib == 0 ? r.maxIops : (int) Math.min(r.maxIops, (long) size * r.iopsPerGib);
  }

  /** A size and an IOPS value the type allows together (range and per-GiB ratio). */
  static Stream<Arguments> iopsInside() {
    return Cases.of(g -> {
      VolumeType t = g.oneOf(PROVISIONED_IOPS);
      Row r = PUBLISHED.get(t);
      int size = g.between(r.minSize, r.maxSize);
      return Arguments.of(t, size, g.between(r.minIops, maxIops(t, size)));
    });
  }

  /**
   * Each type's fewest IOPS, and its most at its smallest size, at the size where the ratio
   * reaches the maximum, and at its largest size.
   */
  static Stream<Arguments> iopsBounds() {
    return Stream.of(PROVISIONED_IOPS).flatMap(t -> {
      Row r = PUBLISHED.get(t);
      int ratioReachesMax = r.iopsPerGib == 0 ? r.minSize : r.maxIops / r.iopsPerGib;
      return Stream.of(Arguments.of(t, r.minSize, r.minIops), Arguments.of(t, r.minSize, maxIops(t, r.minSize)),
          Arguments.of(t, ratioReachesMax, maxIops(t, ratioReachesMax)),
          Arguments.of(t, r.maxSize, maxIops(t, r.maxSize)));
    });
  }

  @ParameterizedTest
  @MethodSource({"iopsBounds", "iopsInside"})
  void iopsWithinTheRangeAndRatioAreAccepted(VolumeType type, int size, int iops) {
    EbsBlockDevice ebs = EbsBlockDevice.builder().volumeType(type).volumeSize(size).iops(iops).build();
    assertThat(ebs.iops()).contains(iops);
  }

  /** Each of the types with every published IOPS edge, then random types and values. */
  private static Stream<Arguments> iopsOf(VolumeType... types) {
    Stream<Arguments> edges = Stream.of(types)
        .flatMap(t -> Arrays.stream(IOPS_EDGES).mapToObj(iops -> Arguments.of(t, iops)));
    return Stream.concat(edges, Cases.of(g -> Arguments.of(g.oneOf(types), g.between(0, 400_000))));
  }

  static Stream<Arguments> iopsOfProvisionedTypes() {
    return iopsOf(PROVISIONED_IOPS);
  }

  @ParameterizedTest
  @MethodSource("iopsOfProvisionedTypes")
  void iopsAreCheckedAgainstTheRangeWhenTheSizeComesFromTheSnapshot(VolumeType t, int iops) {
    Row r = PUBLISHED.get(t);
    if (iops >= r.minIops && iops <= r.maxIops) {
      assertThatCode(() -> VolumeLimits.check(t, null, iops, null)).doesNotThrowAnyException();
    } else {
      assertRejected(() -> VolumeLimits.check(t, null, iops, null), "iops",
          "between " + r.minIops + " and " + r.maxIops, "for " + t.wireValue());
    }
  }

  /** io1 and io2 asked for more IOPS than their size allows, but within the absolute range. */
  static Stream<Arguments> iopsAboveTheRatio() {
    Stream<Arguments> edges = Stream.of(Arguments.of(VolumeType.IO1, 4, 201), Arguments.of(VolumeType.IO2, 4, 4_001),
        Arguments.of(VolumeType.IO1, 1_279, 63_951), Arguments.of(VolumeType.IO2, 255, 255_001));
    return Stream.concat(edges, Cases.of(g -> {
      VolumeType t = g.oneOf(VolumeType.IO1, VolumeType.IO2);
      Row r = PUBLISHED.get(t);
      // below the size where the ratio reaches the maximum, so some IOPS above the ratio are in range
      int size = g.between(4, Math.min(1_300, r.maxIops / r.iopsPerGib - 1));
      int ratioMax = size * r.iopsPerGib;
      return Arguments.of(t, size, ratioMax + g.between(1, Math.min(5_000, r.maxIops - ratioMax)));
    }));
  }

  @ParameterizedTest
  @MethodSource("iopsAboveTheRatio")
  void iopsAboveTheRatioPerGibAreRejected(VolumeType t, int size, int iops) {
    Row r = PUBLISHED.get(t);
    assertRejected(() -> VolumeLimits.check(t, size, iops, null), "iops",
        "at most " + r.iopsPerGib + " per GiB", "for " + t.wireValue(), size + " GiB");
  }

  static Stream<Arguments> iopsOfFixedPerformanceTypes() {
    return iopsOf(FIXED_PERFORMANCE);
  }

  @ParameterizedTest
  @MethodSource("iopsOfFixedPerformanceTypes")
  void iopsOnATypeWithoutProvisionedIopsAreRejected(VolumeType t, int iops) {
    assertRejected(() -> VolumeLimits.check(t, null, iops, null), "iops", "must not be set", "for " + t.wireValue());
  }

  static Stream<Arguments> throughputInside() {
    return Cases.of(g -> g.between(125, 2_000));
  }

  @ParameterizedTest
  @ValueSource(ints = {125, 2_000})
  @MethodSource("throughputInside")
  void gp3ThroughputFrom125To2000IsAccepted(int throughput) {
    EbsBlockDevice ebs = EbsBlockDevice.builder().volumeType(VolumeType.GP3).throughput(throughput).build();
    assertThat(ebs.throughput()).contains(throughput);
  }

  @ParameterizedTest
  @ValueSource(ints = {124, 2_001, 0, -5})
  @MethodSource("throughputOutside")
  void gp3ThroughputOutsideTheRangeIsRejected(int throughput) {
    assertRejected(() -> EbsBlockDevice.builder().volumeType(VolumeType.GP3).throughput(throughput).build(),
        "throughput", "between 125 and 2000 MiB/s", "for gp3");
  }

  static Stream<Arguments> throughputOutside() {
    return Cases.of(g -> g.bool() ? g.between(-5, 124) : g.between(2_001, 100_000));
  }

  static Stream<Arguments> throughputOnOtherTypes() {
    Stream<Arguments> edges = Stream.of(VolumeType.values()).filter(t -> t != VolumeType.GP3)
        .flatMap(t -> Stream.of(Arguments.of(t, 125), Arguments.of(t, 2_000)));
    return Stream.concat(edges, Cases.of(g -> Arguments.of(
        g.where(x -> x.oneOf(VolumeType.class), t -> t != VolumeType.GP3), g.between(125, 2_000))));
  }

  @ParameterizedTest
  @MethodSource("throughputOnOtherTypes")
  void throughputOnAnyOtherTypeIsRejected(VolumeType t, int throughput) {
    assertRejected(() -> VolumeLimits.check(t, null, null, throughput), "throughput", "must not be set",
        "for " + t.wireValue());
  }

  static Stream<Arguments> untypedSize() {
    return Cases.of(g -> g.between(-10, 200_000));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 65_536, 65_537, -10})
  @MethodSource("untypedSize")
  void withoutATypeOnlyTheLargestRangeOfAnyTypeIsChecked(int size) {
    if (size >= 1 && size <= 65_536) {
      assertThat(EbsBlockDevice.builder().volumeSize(size).build().volumeSize()).contains(size);
    } else {
      assertRejected(() -> EbsBlockDevice.builder().volumeSize(size).build(), "volumeSize", "between 1 and 65536");
    }
  }

  @Test
  void publishedExtremesAreAccepted() {
    assertThatCode(() -> VolumeLimits.check(VolumeType.GP3, 160, 80_000, 2_000)).doesNotThrowAnyException();
    assertThatCode(() -> VolumeLimits.check(VolumeType.IO2, 256, 256_000, null)).doesNotThrowAnyException();
    assertThatCode(() -> VolumeLimits.check(VolumeType.IO1, 1_280, 64_000, null)).doesNotThrowAnyException();
    assertThatCode(() -> VolumeLimits.check(VolumeType.IO1, 4, 200, null)).doesNotThrowAnyException();
    assertThatCode(() -> VolumeLimits.check(VolumeType.ST1, 125, null, null)).doesNotThrowAnyException();
    assertThatCode(() -> VolumeLimits.check(VolumeType.STANDARD, 1_024, null, null)).doesNotThrowAnyException();
    assertRejected(() -> VolumeLimits.check(VolumeType.IO1, 4, 201, null), "iops", "at most 50 per GiB");
    assertRejected(() -> VolumeLimits.check(VolumeType.IO2, 4, 4_001, null), "iops", "at most 1000 per GiB");
  }

  @Test
  void ebsDefaultsToDeleteOnTerminationAndKeepsItsSettings() {
    SnapshotId snap = SnapshotId.of("snap-0123456789abcdef0");
    KmsKey key = KmsKey.alias("ami");
    EbsBlockDevice ebs = EbsBlockDevice.builder().snapshotId(snap).volumeType(VolumeType.GP3).volumeSize(20)
        .iops(4_000).throughput(250).encrypted(true).kmsKey(key).build();
    assertThat(ebs.deleteOnTermination()).isTrue();
    assertThat(ebs.snapshotId()).contains(snap);
    assertThat(ebs.kmsKey()).contains(key);
    assertThat(ebs.encrypted()).contains(true);
    assertThat(EbsBlockDevice.builder().deleteOnTermination(false).build().deleteOnTermination()).isFalse();
  }
}
