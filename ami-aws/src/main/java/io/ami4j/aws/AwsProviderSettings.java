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
  final SdkHttpClient httpClient;
  final SdkHttpClient.Builder<?> httpClientBuilder;
  final Duration apiCallTimeout;
  final Duration apiCallAttemptTimeout;
  final String roleArn;
  final String sessionName;
  final Region stsRegion;

  AwsProviderSettings(AwsCredentialsProvider credentialsProvider, URI endpointOverride, SdkHttpClient httpClient,
      SdkHttpClient.Builder<?> httpClientBuilder, Duration apiCallTimeout, Duration apiCallAttemptTimeout,
      String roleArn, String sessionName, Region stsRegion) {
    this.credentialsProvider = credentialsProvider;
    this.endpointOverride = endpointOverride;
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
    return new AwsProviderSettings(source, endpointOverride, httpClient, httpClientBuilder, apiCallTimeout,
        apiCallAttemptTimeout, role, session, stsRegion);
  }

  @Override
  public String toString() {
    // Never the credentials: only where the provider goes and who it acts as.
    return "endpoint=" + (endpointOverride == null ? "AWS" : endpointOverride)
        + (roleArn == null ? "" : ", role=" + roleArn + ", session=" + sessionName)
        + (apiCallTimeout == null ? "" : ", apiCallTimeout=" + apiCallTimeout);
  }
}
