package io.ami4j.testkit.http;

import io.ami4j.AmiValidationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of one Query-protocol request (EC2, STS): form-encoded in a POST body or in a
 * GET query string. Lists are flattened as EC2 does ({@code ImageId.1}, {@code Filter.2.Value.1}),
 * so readers ask for {@code prefix.N} until one is missing.
 *
 * <p>Every name an action reads is remembered, so a test can check each against the action's
 * input shape in the service model.
 */
final class QueryRequest {
  private final Map<String, String> params;
  private final Set<String> read = Collections.synchronizedSet(new LinkedHashSet<>());

  private QueryRequest(Map<String, String> params) {
    this.params = params;
  }

  /**
   * Parses {@code application/x-www-form-urlencoded} text, e.g. {@code Action=DescribeImages&ImageId.1=ami-…}.
   *
   * @param encoded the body or query string; {@code null} or empty gives no parameters
   * @return the request
   */
  static QueryRequest parse(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.put(key, value);
      }
    }
    return new QueryRequest(params);
  }

  /**
   * Merges two encodings: a POST's body wins over its query string.
   *
   * @param query the query string
   * @param body the body
   * @return the request
   */
  static QueryRequest parse(String query, String body) {
    QueryRequest q = parse(query);
    q.params.putAll(parse(body).params);
    return q;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The action, e.g. {@code DescribeImages}; empty when the request names none. */
  Optional<String> action() {
    return Optional.ofNullable(params.get("Action")).filter(a -> !a.isEmpty());
  }

  /** The API version the client speaks, e.g. {@code 2016-11-15}. */
  Optional<String> version() {
    return Optional.ofNullable(params.get("Version"));
  }

  /** A parameter's value, when given. */
  Optional<String> get(String name) {
    read.add(name);
    return Optional.ofNullable(params.get(name));
  }

  /** A parameter EC2 requires: answers {@code MissingParameter} when absent. */
  String required(String name) {
    return get(name).filter(v -> !v.isEmpty()).orElseThrow(() -> AmiValidationException.answered(
        "MissingParameter", "The request must contain the parameter " + name, null));
  }

  /** A boolean parameter ({@code true}/{@code false}), {@code fallback} when absent. */
  boolean flag(String name, boolean fallback) {
    return get(name).map(v -> {
      if (v.equalsIgnoreCase("true")) {
        return true;
      }
      if (v.equalsIgnoreCase("false")) {
        return false;
      }
      throw invalid(name, v, "must be true or false");
    }).orElse(fallback);
  }

  /** An optional boolean parameter. */
  Optional<Boolean> optionalFlag(String name) {
    return get(name).isPresent() ? Optional.of(flag(name, false)) : Optional.empty();
  }

  /** An integer parameter, when given. */
  Optional<Integer> integer(String name) {
    return get(name).map(v -> {
      try {
        return Integer.valueOf(v.trim());
      } catch (NumberFormatException e) {
        throw invalid(name, v, "must be an integer");
      }
    });
  }

  /** The values of a flattened list {@code prefix.1}, {@code prefix.2}, … in order. */
  List<String> list(String prefix) {
    List<String> values = new ArrayList<>();
    for (int i = 1; ; i++) {
      Optional<String> v = get(prefix + "." + i);
      if (v.isEmpty()) {
        return values;
      }
      values.add(v.get());
    }
  }

  /**
   * The member prefixes of a flattened list of structures that are present, e.g.
   * {@code Filter.1}, {@code Filter.2}, … as long as any key starts with them.
   */
  List<String> structs(String prefix) {
    List<String> found = new ArrayList<>();
    for (int i = 1; ; i++) {
      String p = prefix + "." + i;
      String dotted = p + ".";
      boolean present = params.keySet().stream().anyMatch(k -> k.startsWith(dotted));
      if (!present) {
        return found;
      }
      found.add(p);
    }
  }

  /** The names every reader asked for so far. */
  Set<String> namesRead() {
    synchronized (read) {
      return new LinkedHashSet<>(read);
    }
  }

  static AmiValidationException invalid(String name, String value, String rule) {
    return AmiValidationException.answered("InvalidParameterValue",
        "Value (" + value + ") for parameter " + name + " is invalid: " + rule, null);
  }
}
