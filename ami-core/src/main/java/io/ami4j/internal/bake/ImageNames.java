package io.ami4j.internal.bake;

import io.ami4j.internal.validate.Check;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Fills the placeholders of a bake's image name: {@code {date}} with the client clock's UTC time
 * as {@code yyyy-MM-dd'T'HHmm} (no colon: EC2 refuses it in names), {@code {version}} with the
 * spec's version.
 */
public final class ImageNames {
  /** The format of {@code {date}}. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm")
      .withZone(ZoneOffset.UTC);

  private ImageNames() {}

  /**
   * Fills a name pattern in.
   *
   * @param pattern e.g. {@code web-{version}-{date}}
   * @param now the client clock's time
   * @param version the version, or {@code null}
   * @return the name
   * @throws io.ami4j.AmiValidationException when {@code {version}} is used without a version
   */
  public static String fill(String pattern, Instant now, String version) {
    String name = pattern.replace("{date}", DATE.format(now));
    if (name.contains("{version}")) {
      Check.that(version != null, "version", null, "must be given: the name " + pattern + " uses {version}");
      name = name.replace("{version}", version);
    }
    return name;
  }
}
