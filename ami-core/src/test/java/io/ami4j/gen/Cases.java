package io.ami4j.gen;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generated cases for a {@code @ParameterizedTest}: a {@code @MethodSource} returns
 * {@code Cases.of(g -> ...)}. Each case has its own seed, shown in its display name with its
 * values; {@link ReportSeed} puts it in the failure message too.
 *
 * <p>The seeds of a run come from one run seed, random unless the system property
 * {@value #SEED_PROPERTY} sets it. The first case's seed is the run seed itself, so running with
 * {@code -Dami4j.seed=S} makes the case of seed {@code S} the first case of every generated test.
 */
public final class Cases {
  /** The system property that fixes the run seed, to reproduce a failure. */
  public static final String SEED_PROPERTY = "ami4j.seed";
  /** How many cases a generated test runs unless it says otherwise. */
  public static final int COUNT = 200;

  private static final long RUN_SEED = runSeed();
  private static final Pattern SEED_IN_NAME = Pattern.compile("seed (-?[0-9]+):");
  private static final int SHOWN_CHARACTERS = 40;

  private Cases() {}

  /**
   * {@value #COUNT} cases of {@code values}.
   *
   * @param values draws one case: a single argument, or {@link Arguments} for several
   * @return the cases, for a {@code @MethodSource}
   */
  public static Stream<Arguments> of(Function<Gen, ?> values) {
    return of(COUNT, values);
  }

  /**
   * {@code count} cases of {@code values}.
   *
   * @param count how many cases
   * @param values draws one case: a single argument, or {@link Arguments} for several
   * @return the cases, for a {@code @MethodSource}
   */
  public static Stream<Arguments> of(int count, Function<Gen, ?> values) {
    SplittableRandom seeds = new SplittableRandom(RUN_SEED);
    long[] caseSeeds = new long[count];
    for (int i = 0; i < count; i++) {
      caseSeeds[i] = i == 0 ? RUN_SEED : seeds.nextLong();
    }
    return Arrays.stream(caseSeeds).mapToObj(seed -> {
      Object drawn = values.apply(new Gen(seed));
      Object[] arguments = drawn instanceof Arguments args ? args.get() : new Object[] {drawn};
      return Arguments.argumentSet("seed " + seed + ": " + describe(arguments), arguments);
    });
  }

  /**
   * The seed in the display name of a generated case.
   *
   * @param displayName the display name of an invocation
   * @return its seed, empty for a case that was not generated
   */
  static Optional<Long> seedIn(String displayName) {
    Matcher m = SEED_IN_NAME.matcher(displayName);
    return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  private static long runSeed() {
    String given = System.getProperty(SEED_PROPERTY);
    if (given == null || given.isBlank()) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(given.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a long, was '" + given + "'", e);
    }
  }

  private static String describe(Object[] arguments) {
    return Arrays.stream(arguments).map(Cases::describe).collect(Collectors.joining(", "));
  }

  /**
   * Strings and characters quoted and escaped, so a display name shows exactly what was tried;
   * long values cut short, with their full length or size.
   */
  private static String describe(Object value) {
    if (value instanceof Character) {
      return "'" + escape(value.toString()) + "'";
    }
    if (value instanceof CharSequence) {
      String s = value.toString();
      return s.length() <= SHOWN_CHARACTERS ? "\"" + escape(s) + "\""
          : "\"" + escape(s.substring(0, SHOWN_CHARACTERS)) + "\"… (" + s.length() + " characters)";
    }
    String s = String.valueOf(value);
    if (s.length() <= SHOWN_CHARACTERS) {
      return s;
    }
    String size = value instanceof Collection<?> collection ? " (" + collection.size() + " elements)"
        : value instanceof Map<?, ?> map ? " (" + map.size() + " entries)" : "";
    return escape(s.substring(0, SHOWN_CHARACTERS)) + "…" + size;
  }

  private static String escape(String s) {
    return s.chars().mapToObj(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
            ? String.valueOf((char) c) : String.format("\\u%04x", c))
        .collect(Collectors.joining());
  }
}
