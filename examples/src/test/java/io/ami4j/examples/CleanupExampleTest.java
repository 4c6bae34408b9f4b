package io.ami4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The cleanup example runs on the in-memory world and prints a plan and a report that agree. */
class CleanupExampleTest {

  @Test
  void printsThePlanAndItsExecution() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = CleanupExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(code).isZero();
    assertThat(out).contains("== plan", "changes made by planning: 0", "in-use", "protected", "among-latest",
        "6 to deregister", "== report", "6 deregistered", "12 deleted");
  }
}
