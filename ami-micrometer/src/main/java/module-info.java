/**
 * ami4j with Micrometer: {@link io.ami4j.micrometer.AmiMetrics} counts and times every provider
 * call, throttled answer, retry and wait of a client, by action and region, as meters and (when
 * given an {@code ObservationRegistry}) as observations. Built only on ami4j's call interceptor
 * and progress listener.
 */
module io.ami4j.micrometer {
  requires transitive io.ami4j.core;
  requires transitive micrometer.core;
  requires transitive micrometer.observation;
  requires micrometer.commons;

  exports io.ami4j.micrometer;
}
