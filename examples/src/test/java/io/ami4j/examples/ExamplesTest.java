package io.ami4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.http.FakeEc2Server;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  private int run(String... args) {
    return Examples.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8),
        new PrintStream(errBytes, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTourRunsEveryStepOnTheInMemoryWorld() {
    assertThat(run("tour")).isZero();
    String out = out();
    assertThat(out).contains("tour complete: every step succeeded").doesNotContain("FAIL").doesNotContain("SKIP");
    assertThat(out.lines().filter(l -> l.matches("\\s*\\d+\\. .*")).count()).isEqualTo(11);
    assertThat(out).contains("ssh -i tour.pem ec2-user@").contains("the partner sees it").contains("deprecation at");
  }

  @Test
  void theTourRunsThroughTheAwsProviderAgainstTheFakeEc2Server() {
    Timing quick = Timing.builder().createImage(Duration.ofMillis(300)).copyImage(Duration.ofMillis(300))
        .instancePending(Duration.ofMillis(200)).instanceShuttingDown(Duration.ofMillis(200)).build();
    try (FakeEc2 world = FakeEc2.builder().realClock().timing(quick).build();
         FakeEc2Server server = FakeEc2Server.start(world)) {
      assertThat(run("tour", "--endpoint", server.endpoint().toString(), "--wait", "2")).isZero();
      assertThat(out()).contains("on the EC2 endpoint " + server.endpoint())
          .contains("tour complete: every step succeeded").contains("the partner sees it");
      assertThat(world.allImages(Region.of("us-east-1"))).noneMatch(i -> i.name().startsWith("ami4j-tour-")
          && i.state() != ImageState.DEREGISTERED);
    }
  }

  @Test
  void theTourSharesWithTheAccountItIsGiven() {
    assertThat(run("tour", "--share-with", "444455556666")).isZero();
    assertThat(out()).contains("share it with 444455556666").contains("the partner sees it");
  }

  @Test
  void theTourFailsWhenTheEndpointCannotBeReached() {
    assertThat(run("tour", "--endpoint", "http://127.0.0.1:9", "--wait", "1")).isEqualTo(1);
    assertThat(out()).contains("FAIL").contains("tour finished with");
  }

  @ParameterizedTest
  @ValueSource(strings = {"latest-amazon-linux", "share-across-accounts", "paid-image", "cleanup", "bake"})
  void theShortExamplesSucceed(String name) {
    assertThat(run(name)).isZero();
    assertThat(out()).doesNotContain("wrong");
  }

  @Test
  void helpListsTheExamplesAndBadInputIsAUsageError() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("tour").contains("--endpoint").contains("paid-image");
    assertThat(run("nope")).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("unknown example 'nope'");
    assertThat(run("tour", "--aws", "--endpoint", "http://localhost:1")).isEqualTo(2);
  }
}
