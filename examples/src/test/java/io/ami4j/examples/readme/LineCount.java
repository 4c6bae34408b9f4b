package io.ami4j.examples.readme;

/**
 * Lines of code by the usual count: not blank, not a comment, not an import or package line,
 * not a lone brace (or brace with its closing parenthesis and semicolon).
 */
final class LineCount {
  private LineCount() {}

  static long of(String code) {
    boolean inBlockComment = false;
    long n = 0;
    for (String raw : code.split("\n")) {
      String line = raw.strip();
      if (inBlockComment) {
        inBlockComment = !line.contains("*/");
        continue;
      }
      if (line.startsWith("/*")) {
        inBlockComment = !line.contains("*/");
        continue;
      }
      if (line.isEmpty() || line.startsWith("//") || line.startsWith("import ") || line.startsWith("package ")
          || line.matches("[{}()\\];,]+")) {
        continue;
      }
      n++;
    }
    return n;
  }
}
