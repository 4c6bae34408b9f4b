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
  BulkCleanupHttpBenchmark() {
    super(1000, 200, false);
  }

  @Override
  public String name() {
    return "bulk-cleanup-http";
  }

  @Override
  public String description() {
    return "bulk-cleanup's comparison on 1,000 images through AwsAmiProvider and the fake's HTTP endpoint";
  }

  @Override
  Backend backend(FakeEc2 world) {
    return new HttpBackend(world);
  }
}
