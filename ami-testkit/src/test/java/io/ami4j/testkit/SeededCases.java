package io.ami4j.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeded cases for this module's property-style tests. Each case's first argument names its seed
 * ({@code "seed 123"}; listed boundary cases name themselves {@code "listed"}), and the test puts
 * it in its assertion message; {@code -Dami4j.seed=123} makes that case the first one again. ami-core's test sources hold the full generator ({@code io.ami4j.gen}); test
 * classes are not shared between modules, so this keeps only what ami-testkit's tests draw.
 */
public final class SeededCases {
  private static final long RUN_SEED = System.getProperty("ami4j.seed") == null
      ? new SplittableRandom().nextLong() : Long.parseLong(System.getProperty("ami4j.seed").trim());
  /** Characters that break text often: controls, surrogates, non-characters, line ends, XML's specials. */
  private static final String AWKWARD =
      "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\t\n\r\u007f\u0085\u00a0\u2028\ufeff\ufffe\uffff"
          + "\ud800\udbff\udc00\udfff<>&\"'\\]";

  private SeededCases() {}

  /**
   * {@code count} cases: {@code "seed S"}, then what {@code draw} makes from a random source of seed S.
   *
   * @param count how many cases
   * @param draw the values of one case
   * @return the cases, for a {@code @MethodSource}
   */
  public static Stream<Arguments> of(int count, Function<SplittableRandom, Object[]> draw) {
    SplittableRandom seeds = new SplittableRandom(RUN_SEED);
    long[] caseSeeds = new long[count];
    for (int i = 0; i < count; i++) {
      caseSeeds[i] = i == 0 ? RUN_SEED : seeds.nextLong();
    }
    return Arrays.stream(caseSeeds).mapToObj(seed -> {
      Object[] values = draw.apply(new SplittableRandom(seed));
      Object[] arguments = new Object[values.length + 1];
      arguments[0] = "seed " + seed;
      System.arraycopy(values, 0, arguments, 1, values.length);
      return Arguments.of(arguments);
    });
  }

  /**
   * A string of {@code chars}, up to {@code maxLength} long.
   *
   * @param random the case's random source
   * @param chars the alphabet
   * @param maxLength the longest length, inclusive
   * @return the string
   */
  public static String string(SplittableRandom random, String chars, int maxLength) {
    StringBuilder b = new StringBuilder();
    for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
      b.append(chars.charAt(random.nextInt(chars.length())));
    }
    return b.toString();
  }

  /**
   * Text of any UTF-16 code units, up to {@code maxLength} long: a quarter of them characters that
   * break text often, a quarter printable ASCII, the rest from the whole range.
   *
   * @param random the case's random source
   * @param maxLength the longest length, inclusive
   * @return the text
   */
  public static String anyText(SplittableRandom random, int maxLength) {
    StringBuilder b = new StringBuilder();
    for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
      int kind = random.nextInt(4);
      b.append(kind == 0 ? AWKWARD.charAt(random.nextInt(AWKWARD.length()))
          : kind == 1 ? (char) random.nextInt(0x20, 0x7f) : (char) random.nextInt(0x10000));
    }
    return b.toString();
  }
}
