package io.ami4j.bench;

import io.ami4j.AmiClient;
import io.ami4j.model.Image;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.FakeEc2;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Streams 100,000 images through {@code images().query()…stream()} from a provider that makes
 * each page of 1,000 on the fly, and compares the time with walking the provider's raw pages
 * directly; meant to run with {@code -Xmx64m} to show that the listing streams. Best of five
 * alternating runs each, after a warm-up.
 */
final class List100kBenchmark implements Benchmark {
  private static final Region REGION = Region.of("us-east-1");
  private static final int IMAGES = 100_000;
  private static final int RUNS = 5;

  @Override
  public String name() {
    return "list-100k";
  }

  @Override
  public String description() {
    return "stream 100,000 generated images (run with -Xmx64m): peak heap and overhead over raw pages";
  }

  @Override
  public Result run(PrintStream out) {
    FakeEc2 world = FakeEc2.builder().realClock().regions(REGION).seedCatalog(false).build();
    AmiProvider provider = GeneratingProvider.around(world.provider(), IMAGES);
    long raw = Long.MAX_VALUE;
    long ami4j = Long.MAX_VALUE;
    long seen = 0;
    try (AmiClient amis = AmiClient.builder().provider(provider).region(REGION).rateLimits(RateLimits.unlimited())
        .build()) {
      rawPages(provider);
      listed(amis);
      resetPeaks();
      for (int i = 0; i < RUNS; i++) {
        long t0 = System.nanoTime();
        long n = rawPages(provider);
        raw = Math.min(raw, System.nanoTime() - t0);
        long t1 = System.nanoTime();
        seen = listed(amis);
        ami4j = Math.min(ami4j, System.nanoTime() - t1);
        if (n != IMAGES || seen != IMAGES) {
          throw new IllegalStateException("listed " + seen + " of " + IMAGES + " images (raw " + n + ")");
        }
      }
    }
    long peak = peakHeap();
    out.printf("raw pages: %.1f ms, ami4j: %.1f ms, peak heap %.1f MiB of at most %.1f MiB%n", raw / 1e6,
        ami4j / 1e6, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    return new Result(name()).put("images", seen).put("raw_ms", raw / 1e6).put("ami4j_ms", ami4j / 1e6)
        .put("overhead", (double) ami4j / raw).put("peak_heap_mb", peak / 1048576.0)
        .put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  private static long rawPages(AmiProvider provider) {
    Call call = Call.in(REGION);
    ImageQuery q = ImageQuery.builder().addOwners(Owner.SELF).build();
    PageRequest page = PageRequest.ofSize(1000);
    long n = 0;
    long names = 0;
    while (true) {
      Page<Image> p = provider.describeImages(call, q, page);
      for (Image i : p.items()) {
        n++;
        names += i.name().length();
      }
      if (p.nextToken().isEmpty()) {
        return names > 0 ? n : 0;
      }
      page = page.next(p.nextToken().get());
    }
  }

  private static long listed(AmiClient amis) {
    long[] names = new long[1];
    long n = amis.images().query().ownedBy(Owner.SELF).stream().peek(i -> names[0] += i.name().length()).count();
    return names[0] > 0 ? n : 0;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
