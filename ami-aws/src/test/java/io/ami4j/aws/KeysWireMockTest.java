package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.model.KeyManager;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import org.junit.jupiter.api.Test;

/** KMS DescribeKey on the wire: JSON 1.1, {@code TrentService.DescribeKey}, KMS's own error codes. */
class KeysWireMockTest extends AwsWireMockSupport {
  private static final KmsKey DEFAULT_KEY_ARN =
      KmsKey.of("arn:aws:kms:us-east-1:123456789012:key/0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f");

  @Test
  void describeKeySendsTheKeyAndReadsWhoManagesIt() {
    answerKms(200, fixture("kms/DescribeKey.json"));

    KmsKeyDescription d = aws.describeKey(CALL, DEFAULT_KEY_ARN);

    assertThat(d.keyId()).isEqualTo("0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f");
    assertThat(d.arn()).isEqualTo(DEFAULT_KEY_ARN);
    assertThat(d.keyManager()).isEqualTo(KeyManager.AWS);
    assertThat(d.isAwsManaged()).isTrue();
    assertThat(d.keyState()).contains("Enabled");
    wm.verify(1, postRequestedFor(urlPathEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("TrentService.DescribeKey"))
        .withRequestBody(equalToJson("{\"KeyId\":\"" + DEFAULT_KEY_ARN.value() + "\"}")));
  }

  @Test
  void anAliasIsSentAsItIs() {
    answerKms(200, fixture("kms/DescribeKey.json").replace("\"AWS\"", "\"CUSTOMER\""));

    KmsKeyDescription d = aws.describeKey(CALL, KmsKey.alias("alias/ami"));

    assertThat(d.keyManager()).isEqualTo(KeyManager.CUSTOMER);
    wm.verify(1, postRequestedFor(urlPathEqualTo("/"))
        .withRequestBody(equalToJson("{\"KeyId\":\"alias/ami\"}")));
  }

  @Test
  void anUnknownKeyIsNotFound() {
    answerKms(400, "{\"__type\":\"NotFoundException\",\"message\":\"Alias arn:aws:kms:us-east-1:123456789012:alias/nope is not found.\"}");

    assertThatThrownBy(() -> aws.describeKey(CALL, KmsKey.alias("alias/nope")))
        .isInstanceOfSatisfying(AmiNotFoundException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("NotFoundException");
          assertThat(e.getMessage()).contains("alias/nope");
        });
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void aDeniedDescribeKeyIsAPermissionError() {
    answerKms(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"not authorized to perform: kms:DescribeKey\"}");

    assertThatThrownBy(() -> aws.describeKey(CALL, DEFAULT_KEY_ARN))
        .isInstanceOfSatisfying(AmiPermissionDeniedException.class,
            e -> assertThat(e.getMessage()).contains("kms:DescribeKey"));
  }

  private static void answerKms(int status, String json) {
    wm.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("TrentService.DescribeKey"))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
            .withHeader("x-amzn-RequestId", "7a1c2b3d-kms-request").withBody(json)));
  }
}
