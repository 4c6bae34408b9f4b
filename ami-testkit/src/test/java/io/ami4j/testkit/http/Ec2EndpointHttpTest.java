package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.testkit.FakeEc2;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint at the HTTP level: routing, the caller's account and region, and error bodies. */
class Ec2EndpointHttpTest {
  private static final String SCOPE = "AWS4-HMAC-SHA256 Credential=%s/20261127/%s/ec2/aws4_request, "
      + "SignedHeaders=host;x-amz-date, Signature=0123";
  private static final FakeEc2 WORLD = FakeEc2.create();
  private static FakeEc2Server server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = FakeEc2Server.start(WORLD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private HttpResponse<String> post(String body, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.endpoint())
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUnknownActionIsEc2sInvalidActionNotHtml() throws Exception {
    HttpResponse<String> r = post("Action=LaunchRockets&Version=2016-11-15", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
    assertThat(r.body()).contains("<Response><Errors><Error><Code>InvalidAction</Code>")
        .contains("LaunchRockets").containsPattern("<RequestID>[0-9a-f-]{36}</RequestID></Response>");
  }

  @Test
  void aRequestWithoutActionIsAlsoInvalidAction() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.endpoint()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("<Code>InvalidAction</Code>");
  }

  @Test
  void getWithAQueryStringIsServedLikeAPost() throws Exception {
    URI uri = URI.create(server.endpoint() + "/?Action=DescribeImages&Version=2016-11-15&Owner.1=amazon");
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<DescribeImagesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">")
        .contains("<imageOwnerAlias>amazon</imageOwnerAlias>")
        .doesNotContain("<Errors>");
  }

  @Test
  void theRegionComesFromTheCredentialScope() throws Exception {
    String body = "Action=DescribeImages&Version=2016-11-15&Owner.1=amazon";
    String east = post(body, String.format(SCOPE, "AKIDEXAMPLE", "us-east-1")).body();
    String west = post(body, String.format(SCOPE, "AKIDEXAMPLE", "eu-west-1")).body();
    assertThat(imageId(east)).isNotEqualTo(imageId(west));
  }

  @Test
  void aTwelveDigitAccessKeyIsThatAccount() throws Exception {
    String body = "Action=GetCallerIdentity&Version=2011-06-15";
    assertThat(post(body, String.format(SCOPE, "123456789012", "us-east-1")).body())
        .contains("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
        .contains("<Account>123456789012</Account>");
    assertThat(post(body, String.format(SCOPE, "AKIDEXAMPLE", "us-east-1")).body())
        .contains("<Account>000000000000</Account>");
  }

  @Test
  void missingParametersAnswerMissingParameter() throws Exception {
    HttpResponse<String> r = post("Action=CreateImage&Version=2016-11-15&Name=web", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("<Code>MissingParameter</Code>").contains("InstanceId");
  }

  @Test
  void ssmErrorsAreJsonWithAType() throws Exception {
    HttpRequest unknown = HttpRequest.newBuilder(server.endpoint())
        .header("X-Amz-Target", "AmazonSSM.PutParameter")
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Name\":\"/x\"}")).build();
    HttpResponse<String> r = http.send(unknown, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
    assertThat(r.body()).startsWith("{\"__type\":\"UnknownOperationException\",\"message\":");

    HttpRequest malformed = HttpRequest.newBuilder(server.endpoint())
        .header("X-Amz-Target", "AmazonSSM.GetParameter")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Name\":")).build();
    assertThat(http.send(malformed, HttpResponse.BodyHandlers.ofString()).body())
        .contains("\"__type\":\"SerializationException\"");
  }

  @Test
  void aFailingBackendIsEc2sInternalErrorNeverAnEmptyAnswer() throws Exception {
    try (FakeEc2Server broken = FakeEc2Server.builder().providers(account -> {
      throw new IllegalStateException("no world for " + account);
    }).start()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(broken.endpoint())
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeImages&Version=2016-11-15")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).contains("<Code>InternalError</Code>").doesNotContain("no world for");
    }
  }

  @Test
  void servesManyClientsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String key = i % 2 == 0 ? "AKIDEXAMPLE" : "1111222233" + String.format("%02d", i);
        answers.add(pool.submit(() -> post("Action=DescribeImages&Version=2016-11-15&Owner.1=amazon",
            String.format(SCOPE, key, "us-west-2"))));
      }
      for (Future<HttpResponse<String>> a : answers) {
        HttpResponse<String> r = a.get(30, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<imagesSet><item>");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String imageId(String xml) {
    int at = xml.indexOf("<imageId>");
    return xml.substring(at + 9, xml.indexOf("</imageId>", at));
  }
}
