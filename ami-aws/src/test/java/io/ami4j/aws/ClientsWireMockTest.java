package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ami4j.AmiException;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.PageRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

class ClientsWireMockTest extends AwsWireMockSupport {
  @Test
  void eachCallIsSignedForItsOwnRegion() {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet/>"));

    aws.describeImages(CALL, ImageQuery.all(), PageRequest.first());
    aws.describeImages(Call.in(Region.of("eu-west-1")), ImageQuery.all(), PageRequest.first());
    aws.describeImages(Call.in(Region.of("ap-south-1")), ImageQuery.all(), PageRequest.first());

    List<String> scopes = allRequests().stream().map(LoggedRequest::getHeaders)
        .map(h -> h.getHeader("Authorization").firstValue())
        .map(a -> a.replaceAll(".*Credential=[^/]+/[0-9]{8}/([a-z0-9-]+)/([a-z0-9]+)/aws4_request.*", "$1 $2"))
        .collect(Collectors.toList());
    assertThat(scopes).containsExactly("us-east-1 ec2", "eu-west-1 ec2", "ap-south-1 ec2");
  }

  @Test
  void aClosedProviderRefusesCallsWithoutSendingThem() {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet/>"));
    aws.describeImages(CALL, ImageQuery.all(), PageRequest.first());

    aws.close();
    aws.close();

    assertThatThrownBy(() -> aws.describeImages(CALL, ImageQuery.all(), PageRequest.first()))
        .isInstanceOfSatisfying(AmiException.class, e -> assertThat(e.errorCode()).isEqualTo("ami4j.ProviderClosed"));
    assertThat(allRequests()).hasSize(1);
  }

  @Test
  void anHttpClientBuiltByTheProviderServesItsCalls() {
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet/>"));

    try (AwsAmiProvider viaUrlConnection = builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
      assertThat(viaUrlConnection.describeImages(CALL, ImageQuery.all(), PageRequest.first()).items()).isEmpty();
      assertThat(viaUrlConnection.describeImages(Call.in(Region.of("eu-west-1")), ImageQuery.all(),
          PageRequest.first()).items()).isEmpty();
    }
    assertThat(allRequests()).hasSize(2);
  }
}
