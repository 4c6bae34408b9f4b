package io.ami4j.bench;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The SDK's own EC2 client pointed at an endpoint, with no retries, as the server benchmarks use it. */
final class Ec2Clients {
  private Ec2Clients() {}

  static Ec2Client to(URI endpoint) {
    return Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("000000000000", "bench")))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  /** The value at quantile {@code q} (0..1) of sorted nanosecond samples, in milliseconds. */
  static double quantileMs(long[] sortedNanos, double q) {
    int i = (int) Math.min(sortedNanos.length - 1, Math.max(0, Math.ceil(q * sortedNanos.length) - 1));
    return sortedNanos[i] / 1e6;
  }
}
