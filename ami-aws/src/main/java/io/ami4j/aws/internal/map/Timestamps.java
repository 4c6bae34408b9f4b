package io.ami4j.aws.internal.map;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the timestamps EC2 writes as text ({@code creationDate}, {@code deprecationTime},
 * {@code lastLaunchedTime}). EC2 writes {@code 2026-11-27T09:50:59.000Z}, but older images and
 * EC2-compatible endpoints write it without fraction, with an offset, without zone (meaning UTC)
 * or as a bare date; all of these are accepted.
 */
public final class Timestamps {
  private static final Logger LOG = LoggerFactory.getLogger(Timestamps.class);

  private Timestamps() {}

  /**
   * Parses a timestamp.
   *
   * @param field the field, for the warning
   * @param text EC2's text, or {@code null}
   * @return the instant, or empty when absent or unreadable (logged)
   */
  public static Optional<Instant> parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException notOffset) {
      // fall through to the forms without an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notDate) {
      LOG.warn("Ignoring the unreadable {} '{}' in an EC2 answer", field, t);
      return Optional.empty();
    }
  }
}
