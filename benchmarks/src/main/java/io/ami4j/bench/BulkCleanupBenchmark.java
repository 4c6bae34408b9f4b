package io.ami4j.bench;

import io.ami4j.AmiClient;
import io.ami4j.AmiException;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Deletes 1,000 images with 2 snapshots each on the in-memory world, on the real clock, behind
 * EC2's token buckets (published sizes, refill ×50) and 20–50 ms of latency per call: ami4j's
 * cleanup (one DeregisterImage with DeleteAssociatedSnapshots per image, at the buckets' rate)
 * against two plain SPI loops that make one call per image and per snapshot, each call tried up to
 * three times with back-off up to 2 s: a sequential loop without rate control (200 images) and 32
 * threads. Each run has its own account, so its own buckets.
 */
class BulkCleanupBenchmark implements Benchmark {
  /**
   * Where the calls go: the in-memory world directly, or through another path (HTTP). The
   * server side's counters are what {@code throttled_answers} reports.
   */
  interface Backend extends AutoCloseable {
    /** The provider a run uses for an account. */
    AmiProvider provider(AccountId account, FaultingProvider serverSide);

    @Override
    default void close() {}
  }

  static final Region REGION = Region.of("us-east-1");
  private static final int SNAPSHOTS = 2;
  private static final RateLimits LIMITS = RateLimits.ec2Defaults().refillFactor(50);
  private static final AccountId AMI4J = AccountId.of("111111111111");
  private static final AccountId SEQUENTIAL = AccountId.of("222222222222");
  private static final AccountId PARALLEL = AccountId.of("333333333333");
  private static final AccountId WARM_UP = AccountId.of("444444444444");
  private static final AccountId WARM_UP_PLANS = AccountId.of("555555555555");
  private static final int WARM_UP_IMAGES = 150;
  private static final int WARM_UP_PLANS_COUNT = 3;
  /** Attempts per call of both baselines, as the SDK's standard retries. */
  private static final int BASELINE_ATTEMPTS = 3;

  private final int imageCount;
  private final int sequentialImages;
  private final boolean injectLatency;

  BulkCleanupBenchmark() {
    this(1000, 200, true);
  }

  BulkCleanupBenchmark(int images, int sequentialImages, boolean injectLatency) {
    this.imageCount = images;
    this.sequentialImages = sequentialImages;
    this.injectLatency = injectLatency;
  }

  @Override
  public String name() {
    return "bulk-cleanup";
  }

  @Override
  public String description() {
    return "cleanup of 1,000 images × 2 snapshots at EC2's rate limits (refill ×50, 20–50 ms latency) vs plain loops";
  }

  /**
   * ami4j's calls in flight per bucket, 0 for the client's default (16). Calls in flight bound the
   * rate by Little's law (in flight ÷ round trip): 16 at 20–50 ms allow 320–800 calls a second,
   * above the 250 a second of DeregisterImage's bucket at refill ×50.
   */
  int bulkConcurrency() {
    return 0;
  }

  private AmiClient client(AmiProvider provider) {
    AmiClient.Builder b = AmiClient.builder().provider(provider).region(REGION).rateLimits(LIMITS);
    if (bulkConcurrency() > 0) {
      b.bulkConcurrency(bulkConcurrency());
    }
    return b.build();
  }

  /** The path the calls take; the in-memory world itself here. */
  Backend backend(FakeEc2 world) {
    return (account, serverSide) -> serverSide;
  }

  private FaultPlan plan(long seed) {
    FaultPlan.Builder b = FaultPlan.builder().throttling(LIMITS).seed(seed);
    if (injectLatency) {
      b.latency(Duration.ofMillis(20), Duration.ofMillis(50));
    }
    return b.build();
  }

  @Override
  public Result run(PrintStream out) throws Exception {
    FakeEc2 world = FakeEc2.builder().realClock().regions(REGION).seedCatalog(false)
        .timing(Timing.builder().registerImage(Duration.ZERO).build()).build();
    try (Backend backend = backend(world)) {
      return run(out, world, backend);
    }
  }

  private Result run(PrintStream out, FakeEc2 world, Backend backend) throws Exception {
    out.println("set-up: " + imageCount + " + " + sequentialImages + " + " + imageCount + " images with " + SNAPSHOTS
        + " snapshots each, and " + WARM_UP_IMAGES + " + " + imageCount + " for the warm-up");
    Population.images(world, AMI4J, REGION, "bench", imageCount, SNAPSHOTS);
    Population.images(world, WARM_UP, REGION, "warm", WARM_UP_IMAGES, SNAPSHOTS);
    Population.images(world, WARM_UP_PLANS, REGION, "plan", imageCount, SNAPSHOTS);
    Map<ImageId, List<SnapshotId>> seqImages = Population.images(world, SEQUENTIAL, REGION, "seq", sequentialImages, SNAPSHOTS);
    Map<ImageId, List<SnapshotId>> parImages = Population.images(world, PARALLEL, REGION, "par", imageCount, SNAPSHOTS);
    Result r = new Result(name());

    // ---- warm-up: the same code paths once, in an account of their own, so that class loading and
    // the JIT do not count against the measured run.
    FaultingProvider warm = FaultingProvider.wrap(world.provider(WARM_UP), plan(0), Clock.systemUTC());
    try (AmiClient amis = client(backend.provider(WARM_UP, warm))) {
      out.println("warm-up: " + amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("warm-*")).plan().submit().await()
          .summary());
    }
    // The plan of a cleanup as large as the measured one, a few times (plans change nothing): over
    // HTTP its one DescribeImages answer of the whole set is the largest answer parsed, and its
    // parsing should be compiled code, as in a process that has run before, not the interpreter's.
    FaultingProvider warmPlans = FaultingProvider.wrap(world.provider(WARM_UP_PLANS), plan(4), Clock.systemUTC());
    try (AmiClient amis = client(backend.provider(WARM_UP_PLANS, warmPlans))) {
      for (int i = 0; i < WARM_UP_PLANS_COUNT; i++) {
        amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("plan-*")).plan();
      }
    }

    // ---- ami4j -------------------------------------------------------------------------------
    FaultingProvider mine = FaultingProvider.wrap(world.provider(AMI4J), plan(1), Clock.systemUTC());
    long t0 = System.nanoTime();
    CleanupResult report;
    long planned;
    long executed;
    try (AmiClient amis = client(backend.provider(AMI4J, mine))) {
      CleanupPlan cleanup = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("bench-*")).plan();
      planned = System.nanoTime();
      report = cleanup.submit().await();
      executed = System.nanoTime();
      out.println("ami4j plan: " + cleanup.summary());
    }
    double seconds = (executed - t0) / 1e9;
    out.println("ami4j: " + report.summary());
    out.println("ami4j calls: " + mine.stats().callsByAction());
    double ideal = Buckets.servedLowerBoundSeconds(mine.stats(), LIMITS);
    long failures = failures(report);
    long surfaced = report.images().stream().filter(i -> i.detail().contains("RequestLimitExceeded")).count();
    long calls = mine.stats().totalCalls();
    r.put("images", imageCount).put("snapshots", (long) imageCount * SNAPSHOTS).put("calls", calls)
        .put("ideal_seconds", ideal).put("ami4j_seconds", seconds)
        .put("plan_seconds", (planned - t0) / 1e9).put("efficiency", ideal / seconds)
        .put("failures", failures).put("throttled_answers", mine.stats().throttledAnswers())
        .put("throttled_answers_percent", 100.0 * mine.stats().throttledAnswers() / Math.max(1, calls))
        .put("throttled_surfaced", surfaced).put("lost", lost(world, report, AMI4J));

    // ---- baseline: sequential, no rate control, three attempts a call ------------------------
    // Its efficiency is its own calls' bound over its time. That is fair on a subset only when the
    // loop is slowed by its round trips, not by the buckets (in process: 20–50 ms a call); over
    // loopback HTTP a call takes a millisecond or two, so the subset would fit in the buckets'
    // first burst and say nothing: there the loop takes the whole set.
    FaultingProvider seq = FaultingProvider.wrap(world.provider(SEQUENTIAL), plan(2), Clock.systemUTC());
    AmiProvider seqClient = backend.provider(SEQUENTIAL, seq);
    long s0 = System.nanoTime();
    long seqFailures = 0;
    for (Map.Entry<ImageId, List<SnapshotId>> e : seqImages.entrySet()) {
      seqFailures += deleteEach(seqClient, e.getKey(), e.getValue(), BASELINE_ATTEMPTS);
    }
    double seqSeconds = (System.nanoTime() - s0) / 1e9;
    double seqIdeal = Buckets.servedLowerBoundSeconds(seq.stats(), LIMITS);
    out.printf("baseline sequential: %d images in %.1f s, %d failures, %d throttled answers, calls %s%n",
        sequentialImages, seqSeconds, seqFailures, seq.stats().throttledAnswers(), seq.stats().callsByAction());
    r.put("baseline_sequential_images", sequentialImages).put("baseline_sequential_seconds", seqSeconds)
        .put("baseline_sequential_ideal_seconds", seqIdeal)
        .put("baseline_sequential_efficiency", seqIdeal / seqSeconds)
        .put("baseline_sequential_failures", seqFailures)
        .put("baseline_sequential_throttled_answers", seq.stats().throttledAnswers());

    // ---- baseline: 32 threads, three attempts, back-off up to 2 s -----------------------------
    FaultingProvider par = FaultingProvider.wrap(world.provider(PARALLEL), plan(3), Clock.systemUTC());
    ExecutorService pool = Executors.newFixedThreadPool(32);
    long p0 = System.nanoTime();
    AmiProvider parClient = backend.provider(PARALLEL, par);
    List<Callable<Long>> tasks = parImages.entrySet().stream()
        .map(e -> (Callable<Long>) () -> deleteEach(parClient, e.getKey(), e.getValue(), BASELINE_ATTEMPTS)).collect(Collectors.toList());
    List<Future<Long>> done = pool.invokeAll(tasks);
    long parFailures = 0;
    for (Future<Long> f : done) {
      parFailures += f.get();
    }
    double parSeconds = (System.nanoTime() - p0) / 1e9;
    pool.shutdown();
    out.printf("baseline parallel: %d images in %.1f s, %d failures, %d throttled answers%n", imageCount, parSeconds,
        parFailures, par.stats().throttledAnswers());
    r.put("baseline_parallel_seconds", parSeconds).put("baseline_parallel_failures", parFailures)
        .put("baseline_parallel_throttled_answers", par.stats().throttledAnswers())
        .put("speedup", parSeconds / seconds);
    return r;
  }

  /**
   * What a plain script does: DeregisterImage, then DeleteSnapshot for each snapshot, each call
   * tried up to {@code attempts} times with exponential back-off (100 ms doubling, at most 2 s,
   * full jitter). Answers the number of calls that failed in the end.
   */
  private static long deleteEach(AmiProvider p, ImageId id, List<SnapshotId> snaps, int attempts)
      throws InterruptedException {
    Call call = Call.in(REGION);
    long failed = 0;
    if (!attempt(() -> p.deregisterImage(call, id, false), attempts)) {
      return 1 + snaps.size();
    }
    for (SnapshotId s : snaps) {
      if (!attempt(() -> p.deleteSnapshot(call, s), attempts)) {
        failed++;
      }
    }
    return failed;
  }

  private static boolean attempt(Runnable call, int attempts) throws InterruptedException {
    for (int n = 1; ; n++) {
      try {
        call.run();
        return true;
      } catch (AmiException e) {
        if (!e.retryable() || n >= attempts) {
          return false;
        }
        long ceiling = Math.min(2000, 100L << (n - 1));
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
      }
    }
  }

  /** Images failed, not done or of unknown outcome, and snapshots that failed. */
  static long failures(CleanupResult report) {
    return report.failed().size() + report.notDone().size() + report.unknown().size()
        + report.snapshots().stream().filter(s -> s.outcome() == CleanupResult.SnapshotOutcome.FAILED).count();
  }

  /** Images and snapshots on which the report and the world disagree, and matched images the report left out. */
  static long lost(FakeEc2 world, CleanupResult report, AccountId owner) {
    Map<ImageId, Image> images = new HashMap<>();
    world.allImages(REGION).forEach(i -> images.put(i.id(), i));
    Set<SnapshotId> snapshots = world.allSnapshots(REGION).stream().map(Snapshot::id).collect(Collectors.toSet());
    long lost = 0;
    for (CleanupResult.ImageResult i : report.images()) {
      Image now = images.get(i.imageId());
      boolean registered = now != null && now.state() != ImageState.DEREGISTERED;
      boolean saysGone = i.outcome() == CleanupResult.ImageOutcome.DEREGISTERED;
      if (registered == saysGone) {
        lost++;
      }
      for (CleanupResult.SnapshotResult s : i.snapshots()) {
        boolean exists = snapshots.contains(s.snapshotId());
        if ((s.outcome() == CleanupResult.SnapshotOutcome.DELETED) == exists) {
          lost++;
        }
      }
    }
    Set<ImageId> reported = report.images().stream().map(CleanupResult.ImageResult::imageId).collect(Collectors.toSet());
    lost += images.values().stream().filter(i -> i.ownerId().equals(owner) && !reported.contains(i.id())).count();
    return lost;
  }
}
