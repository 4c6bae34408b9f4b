package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.AmiThrottledException;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParametersWireMockTest extends AwsWireMockSupport {
  private static final String AL2023_X86 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

  @Test
  void getParameterSendsTheNameAndReadsTheImageId() {
    answerSsm("GetParameter", 200, fixture("ssm/GetParameter.json"));

    Optional<SsmParameter> parameter = aws.getParameter(CALL, AL2023_X86);

    assertThat(parameter).contains(SsmParameter.of(AL2023_X86, "ami-0abcdef1234567890"));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
        .withRequestBody(equalToJson("{\"Name\":\"" + AL2023_X86 + "\"}")));
  }

  @Test
  void aMissingParameterIsEmpty() {
    answerSsm("GetParameter", 400, "{\"__type\":\"ParameterNotFound\",\"message\":\"\"}");

    assertThat(aws.getParameter(CALL, "/aws/service/ami-amazon-linux-latest/no-such-image")).isEmpty();
  }

  @Test
  void otherSsmErrorsAreRaised() {
    answerSsm("GetParameter", 400, "{\"__type\":\"AccessDeniedException\",\"message\":\"not allowed: ssm:GetParameter\"}");

    assertThatThrownBy(() -> aws.getParameter(CALL, AL2023_X86))
        .isInstanceOfSatisfying(AmiPermissionDeniedException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("AccessDeniedException");
          assertThat(e.getMessage()).contains("not allowed: ssm:GetParameter");
          assertThat(e.retryable()).isFalse();
        });
  }

  @Test
  void ssmThrottlingIsRetryableAndSentOnce() {
    answerSsm("GetParameter", 400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");

    assertThatThrownBy(() -> aws.getParameter(CALL, AL2023_X86))
        .isInstanceOfSatisfying(AmiThrottledException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void getParametersByPathIsRecursiveAndPagedAtMostTenBySsm() {
    answerSsm("GetParametersByPath", 200, fixture("ssm/GetParametersByPath.json"));

    Page<SsmParameter> page = aws.getParametersByPath(CALL, "/aws/service/ami-amazon-linux-latest",
        PageRequest.ofSize(100).next("ssm-page-1"));

    wm.verify(1, postRequestedFor(urlPathEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParametersByPath"))
        .withRequestBody(equalToJson("{\"Path\":\"/aws/service/ami-amazon-linux-latest\",\"Recursive\":true,"
            + "\"MaxResults\":10,\"NextToken\":\"ssm-page-1\"}")));
    assertThat(page.nextToken()).contains("ssm-page-2");
    assertThat(page.items()).containsExactly(
        SsmParameter.of("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64", "ami-0fedcba9876543210"),
        SsmParameter.of(AL2023_X86, "ami-0abcdef1234567890"));
  }

  private static void answerSsm(String action, int status, String json) {
    wm.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM." + action))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
            .withHeader("x-amzn-RequestId", "5b3c1e2d-ssm-request").withBody(json)));
  }
}
