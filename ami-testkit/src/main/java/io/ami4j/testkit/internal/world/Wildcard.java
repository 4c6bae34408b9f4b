package io.ami4j.testkit.internal.world;

/**
 * EC2's filter wildcards: {@code *} matches any run of characters, {@code ?} exactly one, and a
 * backslash escapes either. Matching is case-sensitive, as EC2's is.
 */
public final class Wildcard {
  private Wildcard() {}

  /**
   * Whether {@code value} matches EC2's filter {@code pattern} ({@code *}, {@code ?}, {@code \} escapes).
   *
   * @param pattern the filter value
   * @param value the resource's value
   * @return whether it matches
   */
  public static boolean matches(String pattern, String value) {
    if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0 && pattern.indexOf('\\') < 0) {
      return pattern.equals(value);
    }
    return match(pattern, 0, value, 0);
  }

  private static boolean match(String p, int pi, String v, int vi) {
    // Iterative glob matching with one backtrack point per star: linear enough for filter values.
    int starP = -1;
    int starV = -1;
    while (vi < v.length()) {
      if (pi < p.length()) {
        char c = p.charAt(pi);
        if (c == '*') {
          starP = pi++;
          starV = vi;
          continue;
        }
        if (c == '\\' && pi + 1 < p.length()) {
          if (p.charAt(pi + 1) == v.charAt(vi)) {
            pi += 2;
            vi++;
            continue;
          }
        } else if (c == '?' || c == v.charAt(vi)) {
          pi++;
          vi++;
          continue;
        }
      }
      if (starP < 0) {
        return false;
      }
      pi = starP + 1;
      vi = ++starV;
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }
}
