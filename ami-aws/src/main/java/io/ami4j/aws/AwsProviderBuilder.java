package io.ami4j.aws;

import io.ami4j.aws.internal.client.AssumedRole;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Configures an {@link AwsAmiProvider}. Every setting is optional; each is checked when set.
 * The SDK's retries cannot be switched on here: ami4j's engine owns retries.
 *
 * <pre>{@code
 * AwsAmiProvider aws = AwsAmiProvider.builder()
 *     .credentialsProvider(ProfileCredentialsProvider.create("ops"))
 *     .httpClientBuilder(ApacheHttpClient.builder().maxConnections(50))
 *     .apiCallTimeout(Duration.ofSeconds(30))
 *     .assumeRole("arn:aws:iam::111122223333:role/AmiAdmin", "ami4j")
 *     .build();
 * }</pre>
 */
public final class AwsProviderBuilder {
  private static final Region DEFAULT_STS_REGION = Region.of("us-east-1");

  private AwsCredentialsProvider credentialsProvider;
  private URI endpointOverride;
  private URI ec2EndpointOverride;
  private SdkHttpClient httpClient;
  private SdkHttpClient.Builder<?> httpClientBuilder;
  private Duration apiCallTimeout;
  private Duration apiCallAttemptTimeout;
  private String roleArn;
  private String sessionName;
  private Region stsRegion = DEFAULT_STS_REGION;

  AwsProviderBuilder() {}

  /**
   * The credentials every call signs with (default: the SDK's default credentials chain, which
   * the provider then owns and closes).
   *
   * @param credentials the credentials provider; the caller keeps owning it
   * @return this builder
   */
  public AwsProviderBuilder credentialsProvider(AwsCredentialsProvider credentials) {
    this.credentialsProvider = Check.notNull("credentialsProvider", credentials);
    return this;
  }

  /**
   * One endpoint for EC2, SSM and STS instead of AWS's: ami4j's fake EC2 server, LocalStack, or
   * any EC2-compatible endpoint. {@link #ec2EndpointOverride} takes precedence for EC2.
   *
   * @param endpoint an absolute {@code http} or {@code https} URI
   * @return this builder
   */
  public AwsProviderBuilder endpointOverride(URI endpoint) {
    this.endpointOverride = endpoint("endpointOverride", endpoint);
    return this;
  }

  /**
   * An endpoint for EC2 only — an interface VPC endpoint of EC2, a proxy in front of it — while SSM
   * and STS keep AWS's endpoints (or {@link #endpointOverride}'s, when that is given too).
   *
   * <pre>{@code
   * AwsAmiProvider.builder()
   *     .ec2EndpointOverride(URI.create("https://vpce-0123456789abcdef0-abcdefgh.ec2.eu-west-1.vpce.amazonaws.com"))
   *     .build();
   * }</pre>
   *
   * @param endpoint an absolute {@code http} or {@code https} URI
   * @return this builder
   */
  public AwsProviderBuilder ec2EndpointOverride(URI endpoint) {
    this.ec2EndpointOverride = endpoint("ec2EndpointOverride", endpoint);
    return this;
  }

  private static URI endpoint(String field, URI endpoint) {
    Check.notNull(field, endpoint);
    Check.that(endpoint.isAbsolute() && ("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
        && endpoint.getHost() != null, field, endpoint, "must be an absolute http or https URI");
    return endpoint;
  }

  /**
   * One HTTP client shared by every SDK client of the provider; the caller keeps owning it and
   * closes it after the provider. Excludes {@link #httpClientBuilder}.
   *
   * @param client the HTTP client
   * @return this builder
   */
  public AwsProviderBuilder httpClient(SdkHttpClient client) {
    this.httpClient = Check.notNull("httpClient", client);
    return this;
  }

  /**
   * Makes one HTTP client, shared by every SDK client of the provider and closed with it.
   * Excludes {@link #httpClient}. Without either, each SDK client has the SDK's default.
   *
   * @param builder the HTTP client's builder, e.g. {@code ApacheHttpClient.builder()}
   * @return this builder
   */
  public AwsProviderBuilder httpClientBuilder(SdkHttpClient.Builder<?> builder) {
    this.httpClientBuilder = Check.notNull("httpClientBuilder", builder);
    return this;
  }

  /**
   * The limit of one call, all its HTTP attempts included (there is one attempt: retries are off).
   *
   * @param timeout greater than zero
   * @return this builder
   */
  public AwsProviderBuilder apiCallTimeout(Duration timeout) {
    this.apiCallTimeout = positive("apiCallTimeout", timeout);
    return this;
  }

  /**
   * The limit of one HTTP attempt.
   *
   * @param timeout greater than zero
   * @return this builder
   */
  public AwsProviderBuilder apiCallAttemptTimeout(Duration timeout) {
    this.apiCallAttemptTimeout = positive("apiCallAttemptTimeout", timeout);
    return this;
  }

  /**
   * Acts in another account: the provider assumes the role through STS with the configured
   * credentials, and the SDK refreshes the role's credentials before they expire.
   *
   * @param roleArn the role, e.g. {@code arn:aws:iam::111122223333:role/AmiAdmin}
   * @param sessionName 2 to 64 characters, shown in the other account's CloudTrail
   * @return this builder
   */
  public AwsProviderBuilder assumeRole(String roleArn, String sessionName) {
    AssumedRole.check(roleArn, sessionName);
    this.roleArn = roleArn;
    this.sessionName = sessionName;
    return this;
  }

  /**
   * The region whose STS endpoint assumes the role (default {@code us-east-1}; set it for the
   * {@code aws-cn} and {@code aws-us-gov} partitions, or to keep STS traffic in a region).
   *
   * @param region the region
   * @return this builder
   */
  public AwsProviderBuilder stsRegion(Region region) {
    this.stsRegion = Check.notNull("stsRegion", region);
    return this;
  }

  /**
   * Builds the provider. No SDK client is made before the first call.
   *
   * @return the provider
   * @throws io.ami4j.AmiValidationException when both an HTTP client and its builder are given
   */
  public AwsAmiProvider build() {
    Check.that(httpClient == null || httpClientBuilder == null, "httpClient", "httpClient and httpClientBuilder",
        "must not both be given: choose a client the caller owns or one the provider builds");
    return AwsAmiProvider.build(new AwsProviderSettings(credentialsProvider, endpointOverride, ec2EndpointOverride,
        httpClient, httpClientBuilder, apiCallTimeout, apiCallAttemptTimeout, roleArn, sessionName, stsRegion));
  }

  private static Duration positive(String field, Duration d) {
    Check.notNull(field, d);
    Check.that(!d.isNegative() && !d.isZero(), field, d, "must be greater than zero");
    return d;
  }
}
