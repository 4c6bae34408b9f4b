package io.ami4j.testkit.internal.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.testkit.SeededCases;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WildcardTest {
  /** The meaning of EC2's wildcards, written as a regular expression. */
  private static boolean reference(String pattern, String value) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(value).matches();
  }

  /** Empty sides, lone and trailing escapes, escaped wildcards, runs of stars; then random pairs. */
  static Stream<Arguments> patternsAndValues() {
    String[][] listed = {{"", ""}, {"", "a"}, {"a", ""}, {"*", ""}, {"?", ""}, {"?", "a"}, {"**", "abc"},
        {"*?*", ""}, {"a*", "a"}, {"*a", "ba"}, {"\\", ""}, {"\\", "\\"}, {"a\\", "a\\"}, {"\\*", "*"},
        {"\\*", "a"}, {"\\?", "?"}, {"\\?", "a"}, {"\\\\", "\\"}, {"\\a", "a"}, {"*\\*", "ab*"}, {"a*b*c", "abcabc"}};
    Stream<Arguments> edges = Stream.of(listed).map(pair -> Arguments.of("listed", pair[0], pair[1]));
    return Stream.concat(edges, SeededCases.of(500, r -> new Object[] {
        SeededCases.string(r, "abc*?\\", 8), SeededCases.string(r, "abc*", 8)}));
  }

  @ParameterizedTest
  @MethodSource("patternsAndValues")
  void agreesWithTheRegularExpression(String origin, String pattern, String value) {
    assertThat(Wildcard.matches(pattern, value)).as("'%s' against '%s' (%s)", pattern, value, origin)
        .isEqualTo(reference(pattern, value));
  }

  /** Values made only of the characters that need escaping, then random text. */
  static Stream<Arguments> values() {
    Stream<Arguments> edges = Stream.of("", "*", "?", "\\", "\\*", "**", "a*b?c\\").map(v -> Arguments.of("listed", v));
    return Stream.concat(edges, SeededCases.of(200, r -> new Object[] {SeededCases.anyText(r, 20)}));
  }

  @ParameterizedTest
  @MethodSource("values")
  void aValueMatchesItselfEscaped(String origin, String value) {
    String escaped = value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    assertThat(Wildcard.matches(escaped, value)).as("'%s' escaped (%s)", value, origin).isTrue();
  }
}
