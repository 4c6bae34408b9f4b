package io.ami4j.aws.internal.client;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * How every SDK client of one provider is configured. The SDK's own retries are always off:
 * ami4j's engine owns retries, and two retry layers would multiply attempts and hide throttling.
 */
public final class ClientSettings {
  private final AwsCredentialsProvider credentials;
  private final URI endpointOverride;
  private final URI ec2EndpointOverride;
  private final SdkHttpClient httpClient;
  private final Duration apiCallTimeout;
  private final Duration apiCallAttemptTimeout;

  /**
   * Creates the settings.
   *
   * @param credentials the credentials every client signs with
   * @param endpointOverride the one endpoint for EC2, SSM and STS, or {@code null} for AWS's
   * @param ec2EndpointOverride EC2's own endpoint, before {@code endpointOverride}; or {@code null}
   * @param httpClient the HTTP client shared by every client, or {@code null} for the SDK's default per client
   * @param apiCallTimeout the limit of one call, or {@code null}
   * @param apiCallAttemptTimeout the limit of one HTTP attempt, or {@code null}
   */
  public ClientSettings(AwsCredentialsProvider credentials, URI endpointOverride, URI ec2EndpointOverride,
      SdkHttpClient httpClient, Duration apiCallTimeout, Duration apiCallAttemptTimeout) {
    this.credentials = credentials;
    this.endpointOverride = endpointOverride;
    this.ec2EndpointOverride = ec2EndpointOverride;
    this.httpClient = httpClient;
    this.apiCallTimeout = apiCallTimeout;
    this.apiCallAttemptTimeout = apiCallAttemptTimeout;
  }

  /** The credentials every client signs with. */
  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  /**
   * The same settings signing with other credentials.
   *
   * @param other the credentials
   * @return the settings
   */
  public ClientSettings withCredentials(AwsCredentialsProvider other) {
    return new ClientSettings(other, endpointOverride, ec2EndpointOverride, httpClient, apiCallTimeout,
        apiCallAttemptTimeout);
  }

  /**
   * Applies the settings to a client builder.
   *
   * @param builder an SDK client builder
   * @param region the client's region
   * @param <B> the builder type
   * @return {@code builder}
   */
  public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B applyTo(B builder, Region region) {
    builder.region(region).credentialsProvider(credentials).overrideConfiguration(overrides());
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
    }
    if (httpClient != null) {
      builder.httpClient(httpClient);
    }
    return builder;
  }

  /**
   * Applies the settings to an EC2 client builder: as {@link #applyTo}, with EC2's own endpoint
   * when one is given.
   *
   * @param builder an EC2 client builder
   * @param region the client's region
   * @param <B> the builder type
   * @return {@code builder}
   */
  public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B applyToEc2(B builder, Region region) {
    applyTo(builder, region);
    if (ec2EndpointOverride != null) {
      builder.endpointOverride(ec2EndpointOverride);
    }
    return builder;
  }

  private ClientOverrideConfiguration overrides() {
    ClientOverrideConfiguration.Builder o = ClientOverrideConfiguration.builder()
        .retryStrategy(AwsRetryStrategy.doNotRetry());
    if (apiCallTimeout != null) {
      o.apiCallTimeout(apiCallTimeout);
    }
    if (apiCallAttemptTimeout != null) {
      o.apiCallAttemptTimeout(apiCallAttemptTimeout);
    }
    return o.build();
  }
}
