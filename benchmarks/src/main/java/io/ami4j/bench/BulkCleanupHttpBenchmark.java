package io.ami4j.bench;

import io.ami4j.aws.AwsAmiProvider;
import io.ami4j.testkit.FakeEc2;

/**
 * {@code bulk-cleanup-http}: the same comparison as {@code bulk-cleanup} on 1,000 images, through
 * the real SDK path — {@link AwsAmiProvider} → HTTP → the fake's EC2 endpoint → the world, with
 * EC2's token buckets (refill ×50) applied on the server side. The latency is the HTTP round
 * trip's own, not injected.
 */
final class BulkCleanupHttpBenchmark extends BulkCleanupBenchmark {
  /** ami4j's calls in flight per bucket in the benchmarks over HTTP. */
  static final int HTTP_BULK_CONCURRENCY = 32;

  BulkCleanupHttpBenchmark() {
    // The sequential baseline takes all 1,000 images too: over loopback its calls take a millisecond
    // or two, so 200 images would fit in the buckets' first burst (see BulkCleanupBenchmark).
    super(1000, 1000, false);
  }

  @Override
  public String name() {
    return "bulk-cleanup-http";
  }

  @Override
  public String description() {
    return "bulk-cleanup's comparison on 1,000 images through AwsAmiProvider and the fake's HTTP endpoint";
  }

  /**
   * 32 calls in flight, as the baseline's 32 threads: over HTTP on a busy 2-core machine a round
   * trip takes 50–100 ms, so the default 16 would cap the rate at 160–320 a second, below or at the
   * 250 a second of DeregisterImage's bucket at refill ×50. (Against EC2 itself, at 5 a second,
   * one call in flight would do.)
   */
  @Override
  int bulkConcurrency() {
    return HTTP_BULK_CONCURRENCY;
  }

  @Override
  Backend backend(FakeEc2 world) {
    return new HttpBackend(world);
  }
}
