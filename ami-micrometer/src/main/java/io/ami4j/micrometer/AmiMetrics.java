package io.ami4j.micrometer;

import io.ami4j.AmiClient;
import io.ami4j.AmiException;
import io.ami4j.AmiThrottledException;
import io.ami4j.ProgressEvent;
import io.ami4j.ProgressListener;
import io.ami4j.spi.CallContext;
import io.ami4j.spi.CallInterceptor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Meters (and observations) of one or more clients' provider calls and waits, as services expect
 * them: install it on a client's builder, and every attempt of every call — retries included — is
 * timed by action and region, throttled answers and retries are counted, and every state an
 * operation reaches (an image {@code available}, a copy {@code failed}) is timed from the
 * operation's start.
 *
 * <pre>{@code
 * AmiMetrics metrics = AmiMetrics.of(meterRegistry);              // or of(meterRegistry, observationRegistry)
 * AmiClient amis = metrics.instrument(AmiClient.builder())        // .interceptor(metrics).listener(metrics)
 *     .provider(provider)
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>action, region, outcome, error.code, dry.run</td>
 *       <td>each attempt of each provider call; {@code outcome} is {@code success} or {@code error}</td></tr>
 *   <tr><td>{@value #THROTTLED}</td><td>counter</td><td>action, region</td>
 *       <td>answers that said the caller was throttled</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>action, region</td>
 *       <td>attempts after the first</td></tr>
 *   <tr><td>{@value #WAITS}</td><td>timer</td><td>operation, state</td>
 *       <td>time from an operation's start until it reached a state</td></tr>
 * </table>
 *
 * <p>With an {@link ObservationRegistry}, each attempt is also an {@link Observation} named
 * {@value #OBSERVATION} with the low-cardinality key values {@code action}, {@code region} and
 * {@code dry.run} and the high-cardinality {@code attempt} and {@code provider}, stopped with the
 * call's error when it fails.
 *
 * <p>Durations are measured on the client's clock, so a client on the testkit's virtual time
 * records virtual durations. Thread-safe; one instance may serve many clients.
 */
public final class AmiMetrics implements CallInterceptor, ProgressListener {
  /** The timer of provider calls. */
  public static final String CALLS = "ami4j.calls";
  /** The counter of throttled answers. */
  public static final String THROTTLED = "ami4j.calls.throttled";
  /** The counter of retries. */
  public static final String RETRIES = "ami4j.calls.retries";
  /** The timer of the states operations reach. */
  public static final String WAITS = "ami4j.waits";
  /** The name of a call's observation. */
  public static final String OBSERVATION = "ami4j.call";

  private final MeterRegistry meters;
  private final ObservationRegistry observations;

  private AmiMetrics(MeterRegistry meters, ObservationRegistry observations) {
    this.meters = Objects.requireNonNull(meters, "meters");
    this.observations = Objects.requireNonNull(observations, "observations");
  }

  /**
   * Meters in {@code meters}.
   *
   * @param meters the registry
   * @return the metrics
   */
  public static AmiMetrics of(MeterRegistry meters) {
    return new AmiMetrics(meters, ObservationRegistry.NOOP);
  }

  /**
   * Meters in {@code meters}, and an observation of each call in {@code observations}.
   *
   * @param meters the registry of meters
   * @param observations the registry of observations
   * @return the metrics
   */
  public static AmiMetrics of(MeterRegistry meters, ObservationRegistry observations) {
    return new AmiMetrics(meters, observations);
  }

  /**
   * Installs these metrics on a client's builder: as its interceptor and its progress listener.
   *
   * @param builder the builder
   * @return the builder
   */
  public AmiClient.Builder instrument(AmiClient.Builder builder) {
    return Objects.requireNonNull(builder, "builder").interceptor(this).listener(this);
  }

  @Override
  public void beforeCall(CallContext call) {
    if (call.attempt() > 1) {
      Counter.builder(RETRIES).description("Attempts of provider calls after the first")
          .tags(where(call)).register(meters).increment();
    }
    if (!observations.isNoop()) {
      Observation o = Observation.createNotStarted(OBSERVATION, observations)
          .contextualName(call.action().wireName())
          .lowCardinalityKeyValue("action", call.action().wireName())
          .lowCardinalityKeyValue("region", call.region().name())
          .lowCardinalityKeyValue("dry.run", Boolean.toString(call.dryRun()))
          .highCardinalityKeyValue("attempt", Integer.toString(call.attempt()))
          .highCardinalityKeyValue("provider", call.providerId())
          .start();
      call.put(this, o);
    }
  }

  @Override
  public void afterAnswer(CallContext call, Object answer) {
    time(call, "success", "none");
    call.get(this, Observation.class).ifPresent(Observation::stop);
  }

  @Override
  public void onError(CallContext call, Throwable error) {
    time(call, "error", error instanceof AmiException e && e.errorCode() != null ? e.errorCode()
        : error.getClass().getSimpleName());
    if (error instanceof AmiThrottledException) {
      Counter.builder(THROTTLED).description("Provider calls answered with throttling")
          .tags(where(call)).register(meters).increment();
    }
    call.get(this, Observation.class).ifPresent(o -> {
      o.error(error);
      o.stop();
    });
  }

  @Override
  public void onProgress(ProgressEvent event) {
    Timer.builder(WAITS).description("Time from the start of an operation until it reached a state")
        .tag("operation", event.operation()).tag("state", event.state())
        .register(meters).record(event.elapsed());
  }

  private void time(CallContext call, String outcome, String errorCode) {
    Timer.builder(CALLS).description("Attempts of provider calls")
        .tags(where(call)).tag("outcome", outcome).tag("error.code", errorCode)
        .tag("dry.run", Boolean.toString(call.dryRun()))
        .register(meters).record(call.elapsed());
  }

  private static Tags where(CallContext call) {
    return Tags.of("action", call.action().wireName(), "region", call.region().name());
  }

  @Override
  public String toString() {
    return "AmiMetrics[" + meters.getClass().getSimpleName() + "]";
  }
}
