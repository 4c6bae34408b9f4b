package io.ami4j.bench;

import io.ami4j.AmiClient;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultStats;
import io.ami4j.testkit.fault.FaultingProvider;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code bulk-cleanup-shared}: the 1,000-image cleanup of {@code bulk-cleanup-http} (AwsAmiProvider
 * → HTTP → the fake's EC2 endpoint, EC2's buckets with refill ×50 on the server side) in an account
 * whose buckets other tools share: a competing load takes 20 % and, in a second round, 50 % of
 * every bucket's refill ({@link FaultPlan.Builder#competingLoad}). ami4j is configured with the
 * full table and is not told. In each round, the baseline is the SDK's own {@link Ec2Client} with
 * its standard retries on 32 threads, deleting the same set (one DeregisterImage per image and
 * one DeleteSnapshot per snapshot, as cleanup scripts do) in an account of its own with the same
 * competing load. {@code ideal} is the token-bucket lower bound of the calls each side had served,
 * at the share the competing load leaves.
 */
final class BulkCleanupSharedBenchmark implements Benchmark {
  private static final Region REGION = BulkCleanupBenchmark.REGION;
  private static final int IMAGES = 1000;
  private static final int SNAPSHOTS = 2;
  private static final int THREADS = 32;
  private static final int WARM_UP_IMAGES = 150;
  private static final RateLimits LIMITS = RateLimits.ec2Defaults().refillFactor(50);
  private static final double[] SHARES = {0.2, 0.5};

  @Override
  public String name() {
    return "bulk-cleanup-shared";
  }

  @Override
  public String description() {
    return "cleanup of 1,000 images × 2 snapshots over HTTP while other callers take 20 % / 50 % of every bucket,"
        + " vs the SDK with 32 threads and standard retries";
  }

  @Override
  public Result run(PrintStream out) throws Exception {
    FakeEc2 world = FakeEc2.builder().realClock().regions(REGION).seedCatalog(false)
        .timing(Timing.builder().registerImage(Duration.ZERO).build()).build();
    Result r = new Result(name());
    r.put("images", IMAGES).put("snapshots", (long) IMAGES * SNAPSHOTS);
    try (HttpBackend http = new HttpBackend(world)) {
      // Warm-up: both code paths once, in accounts of their own, so that class loading and the JIT
      // do not count against the measured rounds.
      AccountId warm = AccountId.of("444444444444");
      Population.images(world, warm, REGION, "warm", WARM_UP_IMAGES, SNAPSHOTS);
      cleanup(http, world, warm, "warm", 0);
      AccountId warmSdk = AccountId.of("444444444445");
      sdkLoop(http.standardSdkClient(warmSdk, serverSide(world, warmSdk, 0, 0)),
          Population.images(world, warmSdk, REGION, "warm", WARM_UP_IMAGES, SNAPSHOTS));
      out.println("warm-up done");

      int round = 0;
      for (double share : SHARES) {
        round++;
        String p = String.format(Locale.ROOT, "others%d_", Math.round(share * 100));
        RateLimits left = remaining(share);

        AccountId mine = AccountId.of("11111111111" + round);
        Population.images(world, mine, REGION, "bench", IMAGES, SNAPSHOTS);
        FaultingProvider mineSide = serverSide(world, mine, share, 10 + round);
        long t0 = System.nanoTime();
        CleanupResult report = cleanup(http, mineSide, mine, "bench");
        double seconds = (System.nanoTime() - t0) / 1e9;
        double ideal = idealSeconds(mineSide.stats(), left);
        long failures = BulkCleanupBenchmark.failures(report);
        out.printf(Locale.ROOT, "others take %.0f %%: ami4j %s in %.2f s (ideal %.2f s), %d throttled answers%n",
            share * 100, report.summary(), seconds, ideal, mineSide.stats().throttledAnswers());

        AccountId sdk = AccountId.of("22222222222" + round);
        Map<ImageId, List<SnapshotId>> sdkImages = Population.images(world, sdk, REGION, "sdk", IMAGES, SNAPSHOTS);
        FaultingProvider sdkSide = serverSide(world, sdk, share, 20 + round);
        long s0 = System.nanoTime();
        long sdkFailures = sdkLoop(http.standardSdkClient(sdk, sdkSide), sdkImages);
        double sdkSeconds = (System.nanoTime() - s0) / 1e9;
        double sdkIdeal = idealSeconds(sdkSide.stats(), left);
        out.printf(Locale.ROOT, "others take %.0f %%: SDK, 32 threads: %.2f s (ideal %.2f s), %d failures, %d throttled answers%n",
            share * 100, sdkSeconds, sdkIdeal, sdkFailures, sdkSide.stats().throttledAnswers());

        r.put(p + "ami4j_seconds", seconds).put(p + "ideal_seconds", ideal).put(p + "ratio_to_ideal", seconds / ideal)
            .put(p + "calls", mineSide.stats().totalCalls())
            .put(p + "throttled_answers", mineSide.stats().throttledAnswers()).put(p + "failures", failures)
            .put(p + "lost", BulkCleanupBenchmark.lost(world, report, mine))
            .put(p + "sdk_seconds", sdkSeconds).put(p + "sdk_ideal_seconds", sdkIdeal)
            .put(p + "sdk_ratio_to_ideal", sdkSeconds / sdkIdeal).put(p + "sdk_calls", sdkSide.stats().totalCalls())
            .put(p + "sdk_throttled_answers", sdkSide.stats().throttledAnswers()).put(p + "sdk_failures", sdkFailures)
            .put(p + "speedup", sdkSeconds / seconds)
            .put(p + "meets_goal", String.valueOf(seconds <= sdkSeconds && failures == 0 && seconds / ideal <= 1.2));
      }
    }
    return r;
  }

  /** Every bucket as the account's calls see it when others take {@code share} of the refill. */
  private static RateLimits remaining(double share) {
    return LIMITS.refillFactor(1 - share);
  }

  private static FaultingProvider serverSide(FakeEc2 world, AccountId account, double share, long seed) {
    FaultPlan plan = FaultPlan.builder().throttling(LIMITS).competingLoad(share).seed(seed).build();
    return FaultingProvider.wrap(world.provider(account), plan, Clock.systemUTC());
  }

  private static CleanupResult cleanup(HttpBackend http, FakeEc2 world, AccountId account, String prefix, double share) {
    return cleanup(http, serverSide(world, account, share, 0), account, prefix);
  }

  private static CleanupResult cleanup(HttpBackend http, FaultingProvider serverSide, AccountId account, String prefix) {
    try (AmiClient amis = AmiClient.builder().provider(http.provider(account, serverSide)).region(REGION)
        .rateLimits(LIMITS).bulkConcurrency(BulkCleanupHttpBenchmark.HTTP_BULK_CONCURRENCY).build()) {
      CleanupPlan plan = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named(prefix + "-*")).plan();
      return plan.submit().await();
    }
  }

  /** The bucket lower bound of the calls that were served (throttled answers take no token). */
  private static double idealSeconds(FaultStats stats, RateLimits limits) {
    return Buckets.servedLowerBoundSeconds(stats, limits);
  }

  /**
   * What a cleanup script on the SDK does: 32 threads, each image's DeregisterImage then one
   * DeleteSnapshot per snapshot, each call with the SDK's standard retries. Answers the calls that
   * failed in the end (an image whose deregistration failed counts its snapshots too).
   */
  private static long sdkLoop(Ec2Client ec2, Map<ImageId, List<SnapshotId>> images) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<Long>> tasks = images.entrySet().stream().map(e -> (Callable<Long>) () -> {
        try {
          ec2.deregisterImage(b -> b.imageId(e.getKey().value()));
        } catch (SdkException ex) {
          return 1L + e.getValue().size();
        }
        long failed = 0;
        for (SnapshotId s : e.getValue()) {
          try {
            ec2.deleteSnapshot(b -> b.snapshotId(s.value()));
          } catch (SdkException ex) {
            failed++;
          }
        }
        return failed;
      }).collect(Collectors.toList());
      long failed = 0;
      for (Future<Long> f : pool.invokeAll(tasks)) {
        failed += f.get();
      }
      return failed;
    } finally {
      pool.shutdown();
    }
  }
}
