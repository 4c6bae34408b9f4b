package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * EBS limits per volume type, checked against the numbers of the {@code EbsBlockDevice}
 * documentation in the EC2 service model (VolumeSize, Iops, Throughput) and the per-GiB IOPS
 * ratios of io1 (50) and io2 (1,000). Both sides: everything inside is accepted, so ami4j never
 * rejects what EC2 accepts; everything outside is rejected naming the field and the limit.
 */
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

  @Example
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

  @Provide
  Arbitrary<Tuple2<VolumeType, Integer>> sizeInside() {
    return Arbitraries.of(VolumeType.class).flatMap(t -> Arbitraries.integers()
        .between(PUBLISHED.get(t).minSize, PUBLISHED.get(t).maxSize).map(s -> Tuple.of(t, s)));
  }

  @Property
  void everySizeInsideTheRangeIsAccepted(@ForAll("sizeInside") Tuple2<VolumeType, Integer> c) {
    EbsBlockDevice ebs = EbsBlockDevice.builder().volumeType(c.get1()).volumeSize(c.get2()).build();
    assertThat(ebs.volumeSize()).contains(c.get2());
  }

  @Provide
  Arbitrary<Tuple2<VolumeType, Integer>> sizeOutside() {
    return Arbitraries.of(VolumeType.class).flatMap(t -> {
      Row r = PUBLISHED.get(t);
      return Arbitraries.oneOf(Arbitraries.integers().between(-10, r.minSize - 1),
          Arbitraries.integers().between(r.maxSize + 1, 1_000_000)).map(s -> Tuple.of(t, s));
    });
  }

  @Property
  void everySizeOutsideTheRangeIsRejected(@ForAll("sizeOutside") Tuple2<VolumeType, Integer> c) {
    Row r = PUBLISHED.get(c.get1());
    assertRejected(() -> EbsBlockDevice.builder().volumeType(c.get1()).volumeSize(c.get2()).build(),
        "volumeSize", "between " + r.minSize + " and " + r.maxSize + " GiB", "for " + c.get1().wireValue());
  }

  @Provide
  Arbitrary<VolumeType> provisionedIopsType() {
    return Arbitraries.of(VolumeType.GP3, VolumeType.IO1, VolumeType.IO2);
  }

  @Provide
  Arbitrary<VolumeType> fixedPerformanceType() {
    return Arbitraries.of(VolumeType.GP2, VolumeType.ST1, VolumeType.SC1, VolumeType.STANDARD);
  }

  /** A size and an IOPS value the type allows together (range and per-GiB ratio). */
  @Provide
  Arbitrary<Tuple.Tuple3<VolumeType, Integer, Integer>> iopsInside() {
    return provisionedIopsType().flatMap(t -> {
      Row r = PUBLISHED.get(t);
      return Arbitraries.integers().between(r.minSize, r.maxSize).flatMap(size -> {
        long perGib = r.iopsPerGib == 0 ? Long.MAX_VALUE : (long) size * r.iopsPerGib;
        // Every size of io1 and io2 (at least 4 GiB) allows at least the minimum of 100 IOPS.
        int max = (int) Math.min(r.maxIops, perGib);
        return Arbitraries.integers().between(r.minIops, max).map(iops -> Tuple.of(t, size, iops));
      });
    });
  }

  @Property
  void iopsWithinTheRangeAndRatioAreAccepted(@ForAll("iopsInside") Tuple.Tuple3<VolumeType, Integer, Integer> c) {
    EbsBlockDevice ebs = EbsBlockDevice.builder().volumeType(c.get1()).volumeSize(c.get2()).iops(c.get3()).build();
    assertThat(ebs.iops()).contains(c.get3());
  }

  @Property
  void iopsAreCheckedAgainstTheRangeWhenTheSizeComesFromTheSnapshot(@ForAll("provisionedIopsType") VolumeType t,
      @ForAll("anyIops") int iops) {
    Row r = PUBLISHED.get(t);
    if (iops >= r.minIops && iops <= r.maxIops) {
      assertThatCode(() -> VolumeLimits.check(t, null, iops, null)).doesNotThrowAnyException();
    } else {
      assertRejected(() -> VolumeLimits.check(t, null, iops, null), "iops",
          "between " + r.minIops + " and " + r.maxIops, "for " + t.wireValue());
    }
  }

  @Provide
  Arbitrary<Integer> anyIops() {
    return Arbitraries.integers().between(0, 400_000)
        .edgeCases(c -> c.add(99, 100, 2_999, 3_000, 64_000, 64_001, 80_000, 80_001, 256_000, 256_001));
  }

  @Property
  void iopsAboveTheRatioPerGibAreRejected(@ForAll("ratioType") VolumeType t, @ForAll("ratioSize") int size,
      @ForAll("excess") int excess) {
    Row r = PUBLISHED.get(t);
    int iops = size * r.iopsPerGib + excess;
    if (iops < r.minIops || iops > r.maxIops) {
      return; // outside the absolute range: covered above
    }
    assertRejected(() -> VolumeLimits.check(t, size, iops, null), "iops",
        "at most " + r.iopsPerGib + " per GiB", "for " + t.wireValue(), size + " GiB");
  }

  @Provide
  Arbitrary<VolumeType> ratioType() {
    return Arbitraries.of(VolumeType.IO1, VolumeType.IO2);
  }

  @Provide
  Arbitrary<Integer> ratioSize() {
    return Arbitraries.integers().between(4, 1_300);
  }

  @Provide
  Arbitrary<Integer> excess() {
    return Arbitraries.integers().between(1, 5_000);
  }

  @Property
  void iopsOnATypeWithoutProvisionedIopsAreRejected(@ForAll("fixedPerformanceType") VolumeType t,
      @ForAll("anyIops") int iops) {
    assertRejected(() -> VolumeLimits.check(t, null, iops, null), "iops", "must not be set", "for " + t.wireValue());
  }

  @Property
  void gp3ThroughputFrom125To2000IsAccepted(@ForAll("throughputInside") int throughput) {
    EbsBlockDevice ebs = EbsBlockDevice.builder().volumeType(VolumeType.GP3).throughput(throughput).build();
    assertThat(ebs.throughput()).contains(throughput);
  }

  @Provide
  Arbitrary<Integer> throughputInside() {
    return Arbitraries.integers().between(125, 2_000);
  }

  @Property
  void gp3ThroughputOutsideTheRangeIsRejected(@ForAll("throughputOutside") int throughput) {
    assertRejected(() -> EbsBlockDevice.builder().volumeType(VolumeType.GP3).throughput(throughput).build(),
        "throughput", "between 125 and 2000 MiB/s", "for gp3");
  }

  @Provide
  Arbitrary<Integer> throughputOutside() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-5, 124), Arbitraries.integers().between(2_001, 100_000));
  }

  @Property
  void throughputOnAnyOtherTypeIsRejected(@ForAll("notGp3") VolumeType t, @ForAll("throughputInside") int throughput) {
    assertRejected(() -> VolumeLimits.check(t, null, null, throughput), "throughput", "must not be set",
        "for " + t.wireValue());
  }

  @Provide
  Arbitrary<VolumeType> notGp3() {
    return Arbitraries.of(VolumeType.class).filter(t -> t != VolumeType.GP3);
  }

  @Property
  void withoutATypeOnlyTheLargestRangeOfAnyTypeIsChecked(@ForAll("untypedSize") int size) {
    if (size >= 1 && size <= 65_536) {
      assertThat(EbsBlockDevice.builder().volumeSize(size).build().volumeSize()).contains(size);
    } else {
      assertRejected(() -> EbsBlockDevice.builder().volumeSize(size).build(), "volumeSize", "between 1 and 65536");
    }
  }

  @Provide
  Arbitrary<Integer> untypedSize() {
    return Arbitraries.integers().between(-10, 200_000).edgeCases(c -> c.add(0, 1, 65_536, 65_537));
  }

  @Example
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

  @Example
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
