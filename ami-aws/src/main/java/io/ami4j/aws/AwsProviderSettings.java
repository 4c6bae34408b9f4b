package io.ami4j.aws;

import io.ami4j.aws.internal.client.AssumedRole;
import io.ami4j.model.Region;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;

/** What {@link AwsProviderBuilder} collected, fixed when the provider is built. */
final class AwsProviderSettings {
  final AwsCredentialsProvider credentialsProvider;
  final URI endpointOverride;
  final URI ec2EndpointOverride;
  final SdkHttpClient httpClient;
  final SdkHttpClient.Builder<?> httpClientBuilder;
  final Duration apiCallTimeout;
  final Duration apiCallAttemptTimeout;
  final String roleArn;
  final String sessionName;
  final Region stsRegion;

  AwsProviderSettings(AwsCredentialsProvider credentialsProvider, URI endpointOverride, URI ec2EndpointOverride,
      SdkHttpClient httpClient,
      SdkHttpClient.Builder<?> httpClientBuilder, Duration apiCallTimeout, Duration apiCallAttemptTimeout,
      String roleArn, String sessionName, Region stsRegion) {
    this.credentialsProvider = credentialsProvider;
    this.endpointOverride = endpointOverride;
    this.ec2EndpointOverride = ec2EndpointOverride;
    this.httpClient = httpClient;
    this.httpClientBuilder = httpClientBuilder;
    this.apiCallTimeout = apiCallTimeout;
    this.apiCallAttemptTimeout = apiCallAttemptTimeout;
    this.roleArn = roleArn;
    this.sessionName = sessionName;
    this.stsRegion = stsRegion;
  }

  Optional<AwsCredentialsProvider> credentialsProvider() {
    return Optional.ofNullable(credentialsProvider);
  }

  Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpointOverride);
  }

  Optional<URI> ec2EndpointOverride() {
    return Optional.ofNullable(ec2EndpointOverride);
  }

  Optional<SdkHttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  Optional<SdkHttpClient.Builder<?>> httpClientBuilder() {
    return Optional.ofNullable(httpClientBuilder);
  }

  Optional<Duration> apiCallTimeout() {
    return Optional.ofNullable(apiCallTimeout);
  }

  Optional<Duration> apiCallAttemptTimeout() {
    return Optional.ofNullable(apiCallAttemptTimeout);
  }

  Optional<String> roleArn() {
    return Optional.ofNullable(roleArn);
  }

  Optional<String> sessionName() {
    return Optional.ofNullable(sessionName);
  }

  Region stsRegion() {
    return stsRegion;
  }

  /** The same settings for a role assumed with {@code source}'s credentials. */
  AwsProviderSettings assumingFrom(AwsCredentialsProvider source, String role, String session) {
    AssumedRole.check(role, session);
    return new AwsProviderSettings(source, endpointOverride, ec2EndpointOverride, httpClient, httpClientBuilder, apiCallTimeout,
        apiCallAttemptTimeout, role, session, stsRegion);
  }

  @Override
  public String toString() {
    // Never the credentials: only where the provider goes and who it acts as.
    return "endpoint=" + (endpointOverride == null ? "AWS" : endpointOverride)
        + (ec2EndpointOverride == null ? "" : ", ec2Endpoint=" + ec2EndpointOverride)
        + (roleArn == null ? "" : ", role=" + roleArn + ", session=" + sessionName)
        + (apiCallTimeout == null ? "" : ", apiCallTimeout=" + apiCallTimeout);
  }
}
