package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiValidationException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

class AwsProviderBuilderTest {
  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:iam::12345:role/Admin", "arn:aws:iam::123456789012:user/Admin",
      "arn:aws:sts::123456789012:role/Admin", "AmiAdmin", "arn:azure:iam::123456789012:role/Admin"})
  void aMalformedRoleArnIsRefusedWhenSet(String arn) {
    assertThatThrownBy(() -> AwsAmiProvider.builder().assumeRole(arn, "ami4j"))
        .isInstanceOfSatisfying(AmiValidationException.class, e -> assertThat(e.getMessage()).contains("roleArn"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "has space", "slash/not/allowed",
      "a-session-name-that-is-much-longer-than-sixty-four-characters-allowed-by-sts"})
  void aMalformedSessionNameIsRefusedWhenSet(String session) {
    assertThatThrownBy(() -> AwsAmiProvider.builder().assumeRole("arn:aws:iam::123456789012:role/Admin", session))
        .isInstanceOfSatisfying(AmiValidationException.class,
            e -> assertThat(e.getMessage()).contains("sessionName"));
  }

  @Test
  void rolesOfEveryPartitionAndWithPathsAreAccepted() {
    AwsAmiProvider.builder().assumeRole("arn:aws-cn:iam::123456789012:role/ops/AmiAdmin", "ami4j.cleanup@2026");
    AwsAmiProvider.builder().assumeRole("arn:aws-us-gov:iam::123456789012:role/AmiAdmin", "ab");
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> AwsAmiProvider.builder().apiCallTimeout(Duration.ZERO))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("apiCallTimeout");
    assertThatThrownBy(() -> AwsAmiProvider.builder().apiCallAttemptTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("apiCallAttemptTimeout");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost:4566", "ftp://localhost:4566", "/relative"})
  void theEndpointMustBeAnAbsoluteHttpUri(String uri) {
    assertThatThrownBy(() -> AwsAmiProvider.builder().endpointOverride(URI.create(uri)))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("endpointOverride");
  }

  @Test
  void anHttpClientAndABuilderForOneAreExclusive() {
    try (SdkHttpClient http = UrlConnectionHttpClient.create()) {
      assertThatThrownBy(() -> AwsAmiProvider.builder().httpClient(http)
          .httpClientBuilder(UrlConnectionHttpClient.builder()).build())
          .isInstanceOf(AmiValidationException.class).hasMessageContaining("httpClientBuilder");
    }
  }

  @Test
  void theDescriptionNamesTheEndpointAndRoleButNeverTheCredentials() {
    try (AwsAmiProvider aws = AwsAmiProvider.builder()
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSECRETLESS", "s3cr3t")))
        .endpointOverride(URI.create("http://localhost:4566"))
        .assumeRole("arn:aws:iam::111122223333:role/AmiAdmin", "ami4j")
        .build()) {
      assertThat(aws.toString()).contains("http://localhost:4566", "arn:aws:iam::111122223333:role/AmiAdmin")
          .doesNotContain("s3cr3t", "AKIDSECRETLESS");
      assertThat(aws.id()).isEqualTo("aws");
    }
  }
}
