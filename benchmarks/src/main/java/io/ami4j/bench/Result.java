package io.ami4j.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The measurements of one run, printed as {@code RESULT NAME key=value …} in the order they were put. */
final class Result {
  private final String name;
  private final Map<String, String> values = new LinkedHashMap<>();

  Result(String name) {
    this.name = name;
  }

  Result put(String key, long value) {
    values.put(key, Long.toString(value));
    return this;
  }

  Result put(String key, double value) {
    values.put(key, String.format(Locale.ROOT, "%.3f", value));
    return this;
  }

  Result put(String key, String value) {
    values.put(key, value);
    return this;
  }

  /** The RESULT line. */
  String line() {
    StringBuilder sb = new StringBuilder("RESULT ").append(name);
    values.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
    return sb.toString();
  }
}
