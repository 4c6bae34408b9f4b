package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ami4j.AmiValidationException;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageQuery;
import io.ami4j.spi.PageRequest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An EC2-only endpoint (a VPC endpoint of EC2) beside the endpoint of every service. */
class EndpointsWireMockTest extends AwsWireMockSupport {
  @RegisterExtension
  static WireMockExtension ec2Only = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void ec2GoesToItsOwnEndpointWhileStsAndSsmGoToTheOther() {
    ec2Only.stubFor(post(urlPathEqualTo("/")).withRequestBody(matching("(.*&)?Action=DescribeImages(&.*)?"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
            .withBody(ec2Answer("DescribeImages", "<imagesSet/>"))));
    answerEc2("GetCallerIdentity", fixture("sts/GetCallerIdentity.xml"));
    wm.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
            .withBody(fixture("ssm/GetParameter.json"))));

    try (AwsAmiProvider split = builder().ec2EndpointOverride(URI.create(ec2Only.baseUrl())).build()) {
      assertThat(split.describeImages(CALL, ImageQuery.all(), PageRequest.first()).items()).isEmpty();
      assertThat(split.callerAccount(CALL)).isEqualTo(AccountId.of("123456789012"));
      assertThat(split.getParameter(CALL, "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"))
          .isPresent();
    }

    ec2Only.verify(1, postRequestedFor(urlPathEqualTo("/")));
    ec2Only.verify(1, postRequestedFor(urlPathEqualTo("/")).withRequestBody(matching(".*Action=DescribeImages.*")));
    assertThat(requests("DescribeImages")).as("EC2 calls at the endpoint of every service").isEmpty();
    assertThat(requests("GetCallerIdentity")).hasSize(1);
    wm.verify(1, postRequestedFor(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter")));
  }

  @Test
  void withoutAnEc2EndpointEveryServiceGoesToTheOneEndpoint() {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet/>"));

    aws.describeImages(CALL, ImageQuery.all(), PageRequest.first());

    assertThat(requests("DescribeImages")).hasSize(1);
    ec2Only.verify(0, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void anEc2EndpointMustBeAnAbsoluteHttpUri() {
    assertThatThrownBy(() -> AwsAmiProvider.builder().ec2EndpointOverride(URI.create("vpce-0123/ec2")))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("ec2EndpointOverride");
    assertThatThrownBy(() -> AwsAmiProvider.builder().ec2EndpointOverride(null))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("ec2EndpointOverride");
  }
}
