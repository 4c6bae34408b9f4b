package io.ami4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCountTest {
  @Test
  void countsCodeLinesOnly() {
    String code = """
        package x;
        import java.util.List;

        /** A type.
         *  More. */
        class A {
          // a comment
          void m() {
            int a = 1;   // counted
            List.of(a);
          }
        }
        """;
    assertThat(LineCount.of(code)).isEqualTo(4);   // class A, void m, and the two statements
  }

  @Test
  void closingBracesWithParenthesesAreNotCode() {
    assertThat(LineCount.of("run(() -> {\n  go();\n});\n")).isEqualTo(2);
  }
}
