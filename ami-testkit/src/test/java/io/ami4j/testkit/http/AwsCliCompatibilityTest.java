package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI against the fake endpoint, through an image's whole life: find Amazon's images,
 * read the AL2023 parameter, launch, create an image and wait for it, copy it to another region,
 * share it with a second account who then sees it, and deregister it. Skipped where
 * {@code /usr/bin/aws} is not installed.
 */
class AwsCliCompatibilityTest {
  private static final Path AWS = Path.of("/usr/bin/aws");
  private static final String OWNER_KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String PARTNER = "222233334444";

  private static final String AL2023 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
  /** The world on the real clock, with images pending for a second or two as the CLI polls. */
  private static final FakeEc2 WORLD = FakeEc2.builder().realClock()
      .timing(Timing.builder().createImage(Duration.ofSeconds(2)).registerImage(Duration.ofSeconds(1))
          .copyImage(Duration.ofSeconds(2)).instancePending(Duration.ofMillis(500)).build())
      .build();
  private static FakeEc2Server server;

  @TempDir
  static Path home;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(AWS), "the AWS CLI is not installed at /usr/bin/aws; skipping the CLI compatibility test");
    server = FakeEc2Server.start(WORLD);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void drivesAnImageThroughItsLifeWithTheCli() throws Exception {
    Map<String, Object> amazon = aws(OWNER_KEY, "us-east-1", "ec2", "describe-images", "--owners", "amazon");
    assertThat(list(amazon, "Images")).isNotEmpty().allSatisfy(i -> assertThat(map(i).get("ImageOwnerAlias")).isEqualTo("amazon"));

    Map<String, Object> parameter = aws(OWNER_KEY, "us-east-1", "ssm", "get-parameter", "--name", AL2023);
    String al2023 = (String) map(parameter.get("Parameter")).get("Value");
    assertThat(al2023).startsWith("ami-");

    Map<String, Object> run = aws(OWNER_KEY, "us-east-1", "ec2", "run-instances", "--image-id", al2023,
        "--instance-type", "t3.micro", "--count", "1");
    String instanceId = (String) map(list(run, "Instances").get(0)).get("InstanceId");
    assertThat(instanceId).startsWith("i-");

    // As a script would: wait for the instance to run before imaging it.
    String instanceState = "";
    for (int polls = 0; polls < 30 && !instanceState.equals("running"); polls++) {
      Map<String, Object> reservation = map(list(aws(OWNER_KEY, "us-east-1", "ec2", "describe-instances",
          "--instance-ids", instanceId), "Reservations").get(0));
      instanceState = (String) map(map(list(reservation, "Instances").get(0)).get("State")).get("Name");
    }
    assertThat(instanceState).isEqualTo("running");

    String imageId = (String) aws(OWNER_KEY, "us-east-1", "ec2", "create-image", "--instance-id", instanceId,
        "--name", "web-cli-2026-11-27", "--no-reboot").get("ImageId");
    String state = "";
    for (int polls = 0; polls < 30 && !state.equals("available"); polls++) {
      Map<String, Object> described = aws(OWNER_KEY, "us-east-1", "ec2", "describe-images", "--image-ids", imageId);
      state = (String) map(list(described, "Images").get(0)).get("State");
    }
    assertThat(state).isEqualTo("available");

    String copyId = (String) aws(OWNER_KEY, "eu-west-1", "ec2", "copy-image", "--source-image-id", imageId,
        "--source-region", "us-east-1", "--name", "web-cli-eu").get("ImageId");
    Map<String, Object> copy = map(list(aws(OWNER_KEY, "eu-west-1", "ec2", "describe-images", "--image-ids", copyId),
        "Images").get(0));
    // (This CLI's model predates SourceImageId in DescribeImages; the name and region show the copy.)
    assertThat(copy.get("Name")).isEqualTo("web-cli-eu");
    assertThat(copy.get("OwnerId")).isEqualTo("000000000000");

    aws(OWNER_KEY, "us-east-1", "ec2", "modify-image-attribute", "--image-id", imageId,
        "--launch-permission", "Add=[{UserId=" + PARTNER + "}]");
    Map<String, Object> seenByPartner = aws(PARTNER, "us-east-1", "ec2", "describe-images", "--image-ids", imageId);
    assertThat(map(list(seenByPartner, "Images").get(0)).get("OwnerId")).isEqualTo("000000000000");
    assertThat(aws(PARTNER, "us-east-1", "sts", "get-caller-identity").get("Account")).isEqualTo(PARTNER);

    aws(OWNER_KEY, "us-east-1", "ec2", "deregister-image", "--image-id", imageId);
    // EC2 still shows a deregistered image for a while, as deregistered.
    Map<String, Object> after = aws(OWNER_KEY, "us-east-1", "ec2", "describe-images", "--owners", "self");
    assertThat(list(after, "Images")).filteredOn(i -> imageId.equals(map(i).get("ImageId")))
        .allSatisfy(i -> assertThat(map(i).get("State")).isEqualTo("deregistered"));
    assertThat(list(after, "Images")).filteredOn(i -> copyId.equals(map(i).get("ImageId"))).isEmpty();
  }

  /** Runs one CLI command as the account of {@code accessKey} and parses its JSON output. */
  private static Map<String, Object> aws(String accessKey, String region, String... command)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(AWS.toString()));
    cmd.addAll(List.of(command));
    cmd.addAll(List.of("--endpoint-url", server.endpoint().toString(), "--region", region, "--output", "json"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
    Map<String, String> env = pb.environment();
    env.put("AWS_ACCESS_KEY_ID", accessKey);
    env.put("AWS_SECRET_ACCESS_KEY", "fake-secret-key");
    env.remove("AWS_SESSION_TOKEN");
    env.remove("AWS_PROFILE");
    env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
    env.put("AWS_PAGER", "");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_MAX_ATTEMPTS", "1");
    env.put("HOME", home.toString());
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stdout = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("aws %s failed: %s", String.join(" ", command),
        new String(err, StandardCharsets.UTF_8)).isZero();
    return stdout.isBlank() ? Map.of() : map(Json.parse(stdout));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key) {
    return (List<Object>) m.get(key);
  }
}
