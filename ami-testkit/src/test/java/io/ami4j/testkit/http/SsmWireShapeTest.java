package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.testkit.FakeEc2;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every member of the SSM answers exists, under that name and nesting, in the SSM model's output shapes. */
class SsmWireShapeTest {
  private static final String AL2023 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
  private static FakeEc2Server server;
  private static Map<String, Object> model;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server = FakeEc2Server.start(FakeEc2.create());
    try (InputStream in = SsmWireShapeTest.class.getResourceAsStream("/aws-models/ssm-subset.json")) {
      model = map(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void answersMatchTheSsmModel() throws Exception {
    List<String> problems = new ArrayList<>();
    check("GetParameter", "{\"Name\":\"" + AL2023 + "\"}", problems);
    check("GetParameters", "{\"Names\":[\"" + AL2023 + "\",\"/aws/service/none\"]}", problems);
    check("GetParametersByPath", "{\"Path\":\"/aws/service/ami-amazon-linux-latest\",\"Recursive\":true,"
        + "\"MaxResults\":2}", problems);
    assertThat(problems).isEmpty();
  }

  private void check(String operation, String body, List<String> problems) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.endpoint())
        .header("X-Amz-Target", "AmazonSSM." + operation)
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("%s: %s", operation, r.body()).isEqualTo(200);
    Map<String, Object> op = map(map(model.get("operations")).get(operation));
    String output = map(op.get("output")).get("shape").toString();
    walk(operation, output, Json.parse(r.body()), operation, problems);
  }

  private void walk(String operation, String shapeName, Object value, String path, List<String> problems) {
    Map<String, Object> shape = map(map(model.get("shapes")).get(shapeName));
    switch (shape.get("type").toString()) {
      case "structure":
        Map<String, Object> members = map(shape.get("members"));
        map(value).forEach((k, v) -> {
          if (!members.containsKey(k)) {
            problems.add(path + "." + k + " is not a member of " + shapeName);
          } else {
            walk(operation, map(members.get(k)).get("shape").toString(), v, path + "." + k, problems);
          }
        });
        break;
      case "list":
        for (Object item : (List<?>) value) {
          walk(operation, map(shape.get("member")).get("shape").toString(), item, path + "[]", problems);
        }
        break;
      default:
        if (value instanceof Map || value instanceof List) {
          problems.add(path + " should be a " + shape.get("type"));
        }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }
}
