package io.ami4j.aws.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2026-11-27T09:50:59.000Z, 2026-11-27T09:50:59Z",
      "2026-11-27T09:50:59Z, 2026-11-27T09:50:59Z",
      "2026-11-27T09:50:59.123456Z, 2026-11-27T09:50:59.123456Z",
      "2026-11-27T11:50:59+02:00, 2026-11-27T09:50:59Z",
      "2026-11-27T09:50:59.000+00:00, 2026-11-27T09:50:59Z",
      "2026-11-27T09:50:59, 2026-11-27T09:50:59Z",
      "2026-11-27T09:50, 2026-11-27T09:50:00Z",
      "2026-11-27, 2026-11-27T00:00:00Z",
      "' 2026-11-27T09:50:59.000Z ', 2026-11-27T09:50:59Z"
  })
  void readsEveryFormEc2AndCompatibleEndpointsWrite(String text, String expected) {
    assertThat(Timestamps.parse("creationDate", text)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "yesterday", "27/11/2026", "2026-13-45T99:00:00Z"})
  void absentOrUnreadableTimesAreEmpty(String text) {
    assertThat(Timestamps.parse("deprecationTime", text)).isEmpty();
  }
}
