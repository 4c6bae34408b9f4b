package io.ami4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour on the in-memory world prints the same lines, ids and EC2 times on every run. */
class TourDeterminismTest {

  private static String tour() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Examples.run(List.of("tour"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as("tour status; stderr: %s", err).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void twoRunsOfTheTourPrintTheSameLines() {
    String first = tour();
    String second = tour();

    assertThat(first).contains("ami-").contains("tour complete: every step succeeded");
    assertThat(second.lines()).containsExactlyElementsOf(first.lines().toList());
  }
}
