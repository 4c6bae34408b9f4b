package io.ami4j.internal.cleanup;

import io.ami4j.model.Image;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cleanup groups images before keeping the newest of each group: all in one group, by the
 * part of the name before a date ({@code web-2026-11-27} → {@code web}), by a pattern's first
 * capture group, or by a tag's value. An image the rule cannot place forms its own group, so a
 * "keep the newest" rule keeps it rather than counting it against images it is unrelated to.
 */
public final class Grouping {
  /** A date in a name: 2026-11-27, 20261127, 2026-11-27T10-15, 2026_11_27 and the like. */
  static final Pattern DATE = Pattern.compile("(19|20)\\d{2}[-_.]?[01]\\d[-_.]?[0-3]\\d");

  private final String description;
  private final Function<Image, String> key;

  private Grouping(String description, Function<Image, String> key) {
    this.description = description;
    this.key = key;
  }

  /** Every image in one group. */
  public static Grouping all() {
    return new Grouping("all images in one group", i -> "*");
  }

  /** By the name up to the first date in it, separators trimmed. */
  public static Grouping namePrefixBeforeDate() {
    return new Grouping("name before its date", i -> {
      Matcher m = DATE.matcher(i.name());
      if (!m.find()) {
        return i.name();
      }
      String prefix = i.name().substring(0, m.start()).replaceAll("[-_. /]+$", "");
      return prefix.isEmpty() ? "(date only)" : prefix;
    });
  }

  /**
   * By the first capture group of a pattern that matches the whole name.
   *
   * @param pattern e.g. {@code (.*)-v\d+}
   * @return the grouping
   */
  public static Grouping nameRegex(Pattern pattern) {
    return new Grouping("name pattern " + pattern, i -> {
      Matcher m = pattern.matcher(i.name());
      if (!m.matches()) {
        return i.name();
      }
      return m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
    });
  }

  /**
   * By a tag's value.
   *
   * @param tagKey the key
   * @return the grouping
   */
  public static Grouping tag(String tagKey) {
    return new Grouping("tag " + tagKey, i -> {
      String v = i.tags().get(tagKey);
      return v == null ? tagKey + " (untagged) " + i.name() : tagKey + "=" + v;
    });
  }

  /**
   * The group of an image.
   *
   * @param image the image
   * @return its group's key
   */
  public String keyOf(Image image) {
    return key.apply(image);
  }

  @Override
  public String toString() {
    return description;
  }
}
