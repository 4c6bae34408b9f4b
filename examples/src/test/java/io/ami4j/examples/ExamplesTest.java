package io.ami4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
