package io.ami4j.testkit.internal.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

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

  @Property(tries = 2000)
  void agreesWithTheRegularExpression(
      @ForAll @StringLength(max = 8) @CharRange(from = 'a', to = 'c') @CharRange(from = '*', to = '*')
          @CharRange(from = '?', to = '?') @CharRange(from = '\\', to = '\\') String pattern,
      @ForAll @StringLength(max = 8) @CharRange(from = 'a', to = 'c') @CharRange(from = '*', to = '*') String value) {
    assertThat(Wildcard.matches(pattern, value)).as("'%s' against '%s'", pattern, value)
        .isEqualTo(reference(pattern, value));
  }

  @Property
  void aValueMatchesItselfEscaped(@ForAll @StringLength(max = 20) String value) {
    String escaped = value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    assertThat(Wildcard.matches(escaped, value)).isTrue();
  }
}
