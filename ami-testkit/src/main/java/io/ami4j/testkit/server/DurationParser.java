package io.ami4j.testkit.server;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them on a command line: {@code 500ms}, {@code 3s}, {@code 2m}, {@code 1h}, or ISO-8601. */
final class DurationParser {
  private static final Pattern SHORT = Pattern.compile("([0-9]+)(ms|s|m|h)");

  private DurationParser() {}

  static Duration parse(String option, String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          return Duration.ofMillis(n);
        case "s":
          return Duration.ofSeconds(n);
        case "m":
          return Duration.ofMinutes(n);
        default:
          return Duration.ofHours(n);
      }
    }
    try {
      Duration d = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
      if (!d.isNegative()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below, naming the option
    }
    throw new IllegalArgumentException(option + ": '" + text
        + "' is not a duration; write e.g. 500ms, 3s, 2m, 1h or PT3S");
  }
}
