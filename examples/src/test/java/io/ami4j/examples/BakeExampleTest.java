package io.ami4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.bake.BakeStage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BakeExampleTest {
  @Test
  void bakesAndPrintsOneLinePerStage() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = BakeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text).isZero();
    List<String> stageLines = text.lines()
        .filter(l -> Arrays.stream(BakeStage.values()).anyMatch(s -> l.startsWith(s.name() + " ")))
        .collect(Collectors.toList());
    assertThat(stageLines).hasSize(BakeStage.values().length);
    assertThat(stageLines).allMatch(l -> l.contains("SUCCEEDED"));
    assertThat(text).contains("web-1.0.0-").contains(" in eu-west-1");
  }
}
