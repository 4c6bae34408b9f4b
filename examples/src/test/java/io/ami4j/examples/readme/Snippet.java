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

  /** A block that declares a type of its own, rather than statements (with or without imports). */
  boolean isCompilationUnit() {
    return code.lines().map(String::strip).anyMatch(l -> l.matches(
        "(public |final |abstract )*(class|record|interface|enum|@interface) \\w+.*"));
  }

  /** The block's import lines. */
  String imports() {
    return code.lines().filter(l -> l.startsWith("import ")).map(l -> l + "\n").reduce("", String::concat);
  }

  /** The block without its import lines. */
  String body() {
    return code.lines().filter(l -> !l.startsWith("import ")).map(l -> l + "\n").reduce("", String::concat);
  }

  @Override
  public String toString() {
    return "README.md:" + line + " (" + heading + ")";
  }
}
