package io.ami4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Java block of README.md compiles against the current API. */
class ReadmeSnippetsTest {

  static List<Snippet> snippets() {
    return ReadmeSnippets.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void compiles(Snippet snippet) {
    SnippetCompiler.Result result = SnippetCompiler.compile(snippet);
    assertThat(result.ok())
        .as("%s does not compile:%n%s%n--- as compiled ---%n%s", snippet, result.errors(), numbered(result.source()))
        .isTrue();
  }

  @Test
  void readmeHasJavaBlocks() {
    assertThat(snippets()).hasSizeGreaterThan(10);
  }

  @Test
  void aBrokenBlockIsCaught() {
    Snippet broken = new Snippet(1, "test", "", "Image i = amis.images().noSuchVerb();\n");
    SnippetCompiler.Result result = SnippetCompiler.compile(broken);
    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).contains("noSuchVerb");
  }

  private static String numbered(String source) {
    StringBuilder out = new StringBuilder();
    int n = 1;
    for (String line : source.split("\n", -1)) {
      out.append(String.format("%3d  %s%n", n++, line));
    }
    return out.toString();
  }
}
