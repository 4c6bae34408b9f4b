package io.ami4j.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The random source of one generated case. Every value of a case is drawn from its {@code Gen},
 * and a {@code Gen} is made from the case's seed only, so the seed replays the case exactly.
 * Draws are uniform; boundary values are listed explicitly beside the generated cases.
 */
public final class Gen {
  /** ASCII digits. */
  public static final String DIGITS = "0123456789";
  /** Lowercase hexadecimal digits. */
  public static final String LOWER_HEX = "0123456789abcdef";
  /** ASCII lowercase letters. */
  public static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  /** ASCII uppercase letters. */
  public static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Characters that break text often: controls, surrogates, non-characters, line ends. */
  private static final String AWKWARD =
      "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\t\n\r\u007f\u0085\u00a0\u2028\ufeff\ufffe\uffff"
          + "\ud800\udbff\udc00\udfff<>&\"'\\";

  private final SplittableRandom random;

  Gen(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * An int between the bounds.
   *
   * @param min the smallest value
   * @param max the largest value, inclusive
   * @return a value in {@code [min, max]}
   */
  public int between(int min, int max) {
    return (int) random.nextLong(min, (long) max + 1);
  }

  /**
   * A double above zero and at most {@code max}.
   *
   * @param max the largest value, inclusive
   * @return a value in {@code (0, max]}
   */
  public double aboveZeroUpTo(double max) {
    return max * (1.0 - random.nextDouble());
  }

  /**
   * A fair coin.
   *
   * @return true or false
   */
  public boolean bool() {
    return random.nextBoolean();
  }

  /**
   * One of the given values.
   *
   * @param values what to choose from
   * @param <T> the type of the values
   * @return one of them
   */
  @SafeVarargs
  public final <T> T oneOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  /**
   * One of the given values.
   *
   * @param values what to choose from
   * @param <T> the type of the values
   * @return one of them
   */
  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * One constant of an enum.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return one of its constants
   */
  public <E extends Enum<E>> E oneOf(Class<E> type) {
    return oneOf(type.getEnumConstants());
  }

  /**
   * A value of one of the generators, each chosen as often as the others.
   *
   * @param generators the alternatives
   * @param <T> the type of the values
   * @return a value of one generator
   */
  @SafeVarargs
  public final <T> T anyOf(Function<Gen, ? extends T>... generators) {
    return oneOf(generators).apply(this);
  }

  /**
   * A value of {@code generator} that passes {@code keep}, for rules easier to state as an
   * exclusion. Gives up after a thousand draws, so a filter that keeps nothing fails loudly.
   *
   * @param generator what draws the values
   * @param keep which values to keep
   * @param <T> the type of the values
   * @return the first value kept
   */
  public <T> T where(Function<Gen, ? extends T> generator, Predicate<? super T> keep) {
    for (int i = 0; i < 1_000; i++) {
      T value = generator.apply(this);
      if (keep.test(value)) {
        return value;
      }
    }
    throw new IllegalStateException("no value kept after 1000 draws");
  }

  /**
   * A character of {@code chars}.
   *
   * @param chars the alphabet
   * @return one of its characters
   */
  public char charOf(String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }

  /**
   * A string of exactly {@code length} characters of {@code chars}.
   *
   * @param chars the alphabet
   * @param length the length
   * @return the string
   */
  public String string(String chars, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(charOf(chars));
    }
    return b.toString();
  }

  /**
   * A string of {@code chars}, its length uniform between the bounds.
   *
   * @param chars the alphabet
   * @param minLength the shortest length
   * @param maxLength the longest length, inclusive
   * @return the string
   */
  public String string(String chars, int minLength, int maxLength) {
    return string(chars, between(minLength, maxLength));
  }

  /**
   * Any UTF-16 code unit. A quarter of the draws come from characters that break text often
   * (controls, unpaired surrogates, non-characters, line ends, XML's specials), a quarter from
   * printable ASCII, the rest from the whole range.
   *
   * @return the character
   */
  public char anyChar() {
    switch (random.nextInt(4)) {
      case 0:
        return charOf(AWKWARD);
      case 1:
        return (char) between(0x20, 0x7e);
      default:
        return (char) random.nextInt(0x10000);
    }
  }

  /**
   * A string of any characters ({@link #anyChar()}), its length uniform between the bounds.
   *
   * @param minLength the shortest length
   * @param maxLength the longest length, inclusive
   * @return the string
   */
  public String anyString(int minLength, int maxLength) {
    int length = between(minLength, maxLength);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(anyChar());
    }
    return b.toString();
  }

  /**
   * A list of values of {@code element}, its size uniform between the bounds.
   *
   * @param minSize the smallest size
   * @param maxSize the largest size, inclusive
   * @param element what draws each element
   * @param <T> the type of the elements
   * @return the list
   */
  public <T> List<T> listOf(int minSize, int maxSize, Function<Gen, ? extends T> element) {
    int size = between(minSize, maxSize);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.apply(this));
    }
    return list;
  }

  /**
   * A map of distinct keys, its size uniform between the bounds.
   *
   * @param minSize the smallest size
   * @param maxSize the largest size, inclusive
   * @param key what draws the keys; it must be able to draw {@code maxSize} distinct ones
   * @param value what draws the values
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @return the map, in insertion order
   */
  public <K, V> Map<K, V> mapOf(int minSize, int maxSize, Function<Gen, ? extends K> key,
      Function<Gen, ? extends V> value) {
    int size = between(minSize, maxSize);
    Map<K, V> map = new LinkedHashMap<>();
    while (map.size() < size) {
      map.put(key.apply(this), value.apply(this));
    }
    return map;
  }
}
