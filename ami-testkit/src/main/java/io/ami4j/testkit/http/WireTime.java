package io.ami4j.testkit.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** EC2's timestamp spelling on the wire: ISO-8601 in UTC with milliseconds. */
final class WireTime {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private WireTime() {}

  static String format(Instant t) {
    return t == null ? null : ISO.format(t);
  }
}
