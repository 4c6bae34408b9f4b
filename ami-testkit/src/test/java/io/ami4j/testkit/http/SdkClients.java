package io.ami4j.testkit.http;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/** The AWS SDK's own clients, pointed at a fake endpoint as a given access key, without retries. */
final class SdkClients {
  private SdkClients() {}

  static Ec2Client ec2(URI endpoint, String accessKey, String region) {
    return Ec2Client.builder().endpointOverride(endpoint).region(Region.of(region))
        .credentialsProvider(credentials(accessKey))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  static SsmClient ssm(URI endpoint, String accessKey, String region) {
    return SsmClient.builder().endpointOverride(endpoint).region(Region.of(region))
        .credentialsProvider(credentials(accessKey))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  static StsClient sts(URI endpoint, String accessKey, String region) {
    return StsClient.builder().endpointOverride(endpoint).region(Region.of(region))
        .credentialsProvider(credentials(accessKey))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static StaticCredentialsProvider credentials(String accessKey) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "fake-secret-key"));
  }
}
