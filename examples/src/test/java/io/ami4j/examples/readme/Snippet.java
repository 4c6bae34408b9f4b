package io.ami4j.examples.readme;

/**
 * One fenced {@code java} block of README.md.
 *
 * @param line the README line of the block's first code line (1-based)
 * @param heading the nearest heading above the block
 * @param marker the HTML comment directly above the fence ({@code <!-- tour -->}), or empty
 * @param code the block's text
 */
record Snippet(int line, String heading, String marker, String code) {

  /** A block that is a whole compilation unit (imports, or a type of its own) rather than statements. */
  boolean isCompilationUnit() {
    return code.lines().map(String::strip)
        .anyMatch(l -> l.startsWith("import ") || l.startsWith("package ") || l.matches(
            "(public |final |abstract )*(class|record|interface|enum) \\w+.*")
            || l.matches("@\\w+.*") && code.contains("class "));
  }

  @Override
  public String toString() {
    return "README.md:" + line + " (" + heading + ")";
  }
}
