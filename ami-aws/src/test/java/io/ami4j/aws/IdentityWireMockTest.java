package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Owner;
import io.ami4j.spi.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdentityWireMockTest extends AwsWireMockSupport {
  private static final String ROLE = "arn:aws:iam::111122223333:role/AmiAdmin";
  private static final String ASSUMED_KEY = "ASIAASSUMEDEXAMPLE01";

  @Test
  void callerAccountAsksSts() {
    answerEc2("GetCallerIdentity", fixture("sts/GetCallerIdentity.xml"));

    assertThat(aws.callerAccount(CALL)).isEqualTo(AccountId.of("123456789012"));
    assertThat(onlyRequest("GetCallerIdentity"))
        .isEqualTo(Map.of("Action", "GetCallerIdentity", "Version", "2011-06-15"));
  }

  @Test
  void anAssumedRoleSignsEveryCallWithTheRolesCredentials() {
    answerEc2("AssumeRole", fixture("sts/AssumeRole.xml"));
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet/>"));

    try (AwsAmiProvider member = builder().assumeRole(ROLE, "ami4j-cleanup").build()) {
      member.describeImages(CALL, ImageQuery.builder().addOwners(Owner.SELF).build(), PageRequest.first());
      member.describeImages(CALL, ImageQuery.builder().addOwners(Owner.SELF).build(), PageRequest.first());
    }

    assertSignedAsRole();
  }

  @Test
  void aProviderAssumesARoleForAnotherAccount() {
    answerEc2("AssumeRole", fixture("sts/AssumeRole.xml"));
    answerEc2("DescribeImages", ec2Answer("DescribeImages", "<imagesSet/>"));

    try (AwsAmiProvider member = aws.assumeRole(ROLE, "ami4j-cleanup")) {
      member.describeImages(CALL, ImageQuery.builder().addOwners(Owner.SELF).build(), PageRequest.first());
      member.describeImages(CALL, ImageQuery.builder().addOwners(Owner.SELF).build(), PageRequest.first());
    }

    assertSignedAsRole();
  }

  @Test
  void aRoleThatCannotBeAssumedFailsTheCallAsPermissionDenied() {
    wm.stubFor(post("/")
        .withRequestBody(containing("Action=AssumeRole&"))
        .willReturn(aResponse().withStatus(403)
            .withHeader("Content-Type", "text/xml")
            .withBody("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                + "<Code>AccessDenied</Code><Message>User is not authorized to perform: sts:AssumeRole</Message>"
                + "</Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>")));

    try (AwsAmiProvider member = aws.assumeRole(ROLE, "ami4j-cleanup")) {
      assertThatThrownBy(() -> member.describeImages(CALL, ImageQuery.all(), PageRequest.first()))
          .isInstanceOfSatisfying(AmiPermissionDeniedException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("AccessDenied");
            assertThat(e.getMessage()).contains("sts:AssumeRole");
            assertThat(e.retryable()).isFalse();
          });
    }
    assertThat(requestsOf("DescribeImages")).isEmpty();
  }

  private static void assertSignedAsRole() {
    // One AssumeRole, signed with the source credentials; its credentials are cached for both calls.
    assertThat(onlyRequest("AssumeRole")).isEqualTo(Map.of("Action", "AssumeRole", "Version", "2011-06-15",
        "RoleArn", ROLE, "RoleSessionName", "ami4j-cleanup"));
    List<LoggedRequest> assume = requestsOf("AssumeRole");
    assertThat(assume.get(0).getHeader("Authorization")).contains("Credential=" + ACCESS_KEY + "/");
    List<LoggedRequest> describes = requestsOf("DescribeImages");
    assertThat(describes).hasSize(2).allSatisfy(r -> {
      assertThat(r.getHeader("Authorization")).contains("Credential=" + ASSUMED_KEY + "/");
      assertThat(r.getHeader("X-Amz-Security-Token")).isEqualTo("assumedSessionTokenExample");
    });
  }

  private static List<LoggedRequest> requestsOf(String action) {
    return allRequests().stream().filter(r -> r.getBodyAsString().contains("Action=" + action + "&"))
        .collect(Collectors.toList());
  }
}
