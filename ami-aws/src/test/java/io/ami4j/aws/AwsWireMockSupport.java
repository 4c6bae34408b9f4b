package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * What every {@code *WireMockTest} shares: a WireMock server on a random port standing in for
 * EC2, SSM and STS; an {@link AwsAmiProvider} pointed at it with static test credentials in
 * us-east-1; answers read from {@code src/test/resources/{ec2,ssm,sts}/ACTION.*}; and the
 * requests parsed back into their Query-protocol parameters so tests can assert each one.
 */
abstract class AwsWireMockSupport {
  static final Region REGION = Region.of("us-east-1");
  static final Call CALL = Call.in(REGION);
  static final String EC2_VERSION = "2016-11-15";
  static final String ACCESS_KEY = "AKIDWIREMOCKTEST0001";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  AwsAmiProvider aws;

  @BeforeEach
  void createProvider() {
    aws = builder().build();
  }

  @AfterEach
  void closeProvider() {
    aws.close();
  }

  /** A builder pointed at WireMock with the test credentials. */
  static AwsProviderBuilder builder() {
    return AwsAmiProvider.builder()
        .endpointOverride(URI.create(wm.baseUrl()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "wiremock-secret")));
  }

  // ---- answers ----------------------------------------------------------------------------

  /** EC2 answers {@code action} with {@code ec2/ACTION.xml}. */
  static void answerEc2(String action) {
    answerEc2(action, fixture("ec2/" + action + ".xml"));
  }

  /** EC2 answers {@code action} with this XML. */
  static void answerEc2(String action, String xml) {
    wm.stubFor(post(urlPathEqualTo("/")).withRequestBody(matching(actionPattern(action)))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(xml)));
  }

  /** EC2 answers {@code action} with its error body. */
  static void failEc2(String action, int status, String code, String message, String requestId) {
    wm.stubFor(post(urlPathEqualTo("/")).withRequestBody(matching(actionPattern(action)))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8")
            .withBody(errorXml(code, message, requestId))));
  }

  /** EC2's error body. */
  static String errorXml(String code, String message, String requestId) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code + "</Code><Message>"
        + message + "</Message></Error></Errors><RequestID>" + requestId + "</RequestID></Response>";
  }

  /** An EC2 answer of {@code action} with its namespace and request id around {@code body}. */
  static String ec2Answer(String action, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + action + "Response xmlns=\"http://ec2.amazonaws.com/doc/"
        + EC2_VERSION + "/\"><requestId>6f0c9a3e-1f7b-4c55-9d8e-2b1a0EXAMPLE</requestId>" + body + "</" + action
        + "Response>";
  }

  static String fixture(String path) {
    try (InputStream in = AwsWireMockSupport.class.getResourceAsStream("/" + path)) {
      assertThat(in).as("fixture %s", path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String actionPattern(String action) {
    return "(.*&)?Action=" + action + "(&.*)?";
  }

  // ---- requests ---------------------------------------------------------------------------

  /** Every EC2 or STS request of {@code action}, each as its parameters. */
  static List<Map<String, String>> requests(String action) {
    return wm.findAll(postRequestedFor(urlPathEqualTo("/")).withRequestBody(matching(actionPattern(action))))
        .stream().map(AwsWireMockSupport::form).collect(Collectors.toList());
  }

  /** The one request of {@code action}, as its parameters. */
  static Map<String, String> onlyRequest(String action) {
    List<Map<String, String>> all = requests(action);
    assertThat(all).as("requests of %s", action).hasSize(1);
    return all.get(0);
  }

  /** Every request WireMock received, whatever it was. */
  static List<LoggedRequest> allRequests() {
    return wm.findAll(postRequestedFor(urlPathEqualTo("/")));
  }

  /** The parameters EC2 expects: {@code Action}, {@code Version} and then name-value pairs. */
  static Map<String, String> ec2Params(String action, String... nameValues) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Action", action);
    m.put("Version", EC2_VERSION);
    for (int i = 0; i < nameValues.length; i += 2) {
      m.put(nameValues[i], nameValues[i + 1]);
    }
    return m;
  }

  private static Map<String, String> form(LoggedRequest request) {
    Map<String, String> m = new LinkedHashMap<>();
    String body = request.getBodyAsString();
    if (body.isEmpty()) {
      return m;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      assertThat(m).as("parameter %s sent twice", name).doesNotContainKey(name);
      m.put(name, value);
    }
    return m;
  }
}
