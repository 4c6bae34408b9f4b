package io.ami4j.testkit.fault;

import io.ami4j.AmiBackendException;
import io.ami4j.AmiException;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CallContext;
import io.ami4j.spi.CallInterceptor;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Ec2Errors;
import io.ami4j.spi.RunInstancesRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The faults of a {@link FaultPlan} as a call interceptor: what {@link FaultingProvider} puts
 * around its delegate. Every call is the action of its method's mark; nothing here lists methods.
 */
final class FaultInjector implements CallInterceptor, FaultControls {
  private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

  private final AmiProvider delegate;
  private final FaultPlan plan;
  private final Clock clock;
  private final ThrottleBuckets buckets;
  private final ConsistencyLag lag = new ConsistencyLag();
  private final FaultStats stats = new FaultStats();
  private final Random random;
  private final boolean latency;
  private final Map<Ec2Action, Deque<FaultKind>> next = new EnumMap<>(Ec2Action.class);
  private final AtomicLong requests = new AtomicLong();
  private volatile FaultingProvider provider;

  /** What a call that passed the faults owes after its answer. */
  private record Owed(FaultKind fault, long nth, String requestId) {}

  FaultInjector(AmiProvider delegate, FaultPlan plan, Clock clock) {
    this.delegate = delegate;
    this.plan = Check.notNull("plan", plan);
    this.clock = Check.notNull("clock", clock);
    this.buckets = plan.throttling().map(l -> new ThrottleBuckets(l, plan.competingLoad(), clock)).orElse(null);
    this.random = new Random(plan.seed());
    this.latency = plan.latencyMin().isPresent() && RealLatency.appliesTo(clock);
  }

  void answeringAs(FaultingProvider provider) {
    this.provider = provider;
  }

  @Override
  public FaultStats stats() {
    return stats;
  }

  @Override
  public FaultPlan plan() {
    return plan;
  }

  @Override
  public FaultingProvider failNext(Ec2Action action, FaultKind... kinds) {
    Check.notNull("action", action);
    synchronized (next) {
      for (FaultKind k : kinds) {
        next.computeIfAbsent(action, a -> new ArrayDeque<>()).addLast(Check.notNull("kind", k));
      }
    }
    return provider;
  }

  // ---- the one path every call takes ----------------------------------------------------------

  @Override
  public void beforeCall(CallContext call) {
    Ec2Action action = call.action();
    long nth = stats.countCall(action);
    String requestId = requestId();
    if (latency) {
      RealLatency.sleep(drawLatency());
    }
    if (buckets != null && !buckets.tryTake(call.region(), action)) {
      stats.countThrottled(action);
      LOG.debug("{} #{} in {}: bucket {} empty", action.wireName(), nth, call.region(), action.bucket());
      throw Ec2Errors.toException(Ec2Errors.THROTTLED, "Request limit exceeded.", requestId, 400);
    }
    FaultKind fault = scripted(action, nth).orElseGet(this::randomFault);
    if (fault != null && fault != FaultKind.LOST_ANSWER) {
      throw inject(fault, call, nth, requestId);
    }
    List<ImageId> ids = imagesNamed(call);
    if (!ids.isEmpty()) {
      Optional<ImageId> hidden = lag.hidden(ids, clock.instant());
      if (hidden.isPresent()) {
        stats.countInjected(FaultKind.CONSISTENCY_LAG);
        LOG.debug("{} #{}: {} not visible yet", action.wireName(), nth, hidden.get());
        throw notFound(hidden.get(), requestId);
      }
    }
    call.put(this, new Owed(fault, nth, requestId));
  }

  @Override
  public void afterAnswer(CallContext call, Object answer) {
    if (answer instanceof ImageId made) {
      // A call that makes an image (create, register, copy): the new image may lag.
      Duration window = drawLag();
      if (window != null && !window.isZero()) {
        lag.hide(made, clock.instant().plus(window));
      }
    }
    Owed owed = call.get(this, Owed.class).orElseThrow();
    if (owed.fault() == FaultKind.LOST_ANSWER) {
      throw inject(FaultKind.LOST_ANSWER, call, owed.nth(), owed.requestId());
    }
  }

  /**
   * The images a call names, which consistency lag may hide: image ids among its arguments, in
   * lists of ids, in an image query and a launch request. The Recycle Bin's calls name images
   * that are gone, not new.
   */
  private static List<ImageId> imagesNamed(CallContext call) {
    if (call.action() == Ec2Action.LIST_IMAGES_IN_RECYCLE_BIN
        || call.action() == Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN) {
      return List.of();
    }
    List<ImageId> ids = new ArrayList<>();
    for (Object a : call.arguments()) {
      if (a instanceof ImageId id) {
        ids.add(id);
      } else if (a instanceof ImageQuery q) {
        ids.addAll(q.imageIds());
      } else if (a instanceof RunInstancesRequest r) {
        ids.add(r.imageId());
      } else if (a instanceof Collection<?> c) {
        c.stream().filter(ImageId.class::isInstance).map(ImageId.class::cast).forEach(ids::add);
      }
    }
    return ids;
  }

  private Optional<FaultKind> scripted(Ec2Action action, long nth) {
    synchronized (next) {
      Deque<FaultKind> queued = next.get(action);
      if (queued != null && !queued.isEmpty()) {
        return Optional.of(queued.pollFirst());
      }
    }
    return plan.scriptedFault(action, nth);
  }

  /** One draw per call picks at most one of the per-call kinds, so a seed replays exactly. */
  private FaultKind randomFault() {
    double u;
    synchronized (random) {
      u = random.nextDouble();
    }
    double edge = 0;
    for (FaultKind k : List.of(FaultKind.INTERNAL_ERROR, FaultKind.UNAVAILABLE, FaultKind.THROTTLING,
        FaultKind.LOST_ANSWER)) {
      edge += plan.probability(k);
      if (u < edge) {
        return k;
      }
    }
    return null;
  }

  private Duration drawLag() {
    double p = plan.probability(FaultKind.CONSISTENCY_LAG);
    if (p <= 0) {
      return null;
    }
    long min = plan.consistencyLagMin().toNanos();
    long span = plan.consistencyLagMax().toNanos() - min;
    synchronized (random) {
      if (random.nextDouble() >= p) {
        return null;
      }
      return Duration.ofNanos(min + (span == 0 ? 0 : (long) (random.nextDouble() * span)));
    }
  }

  private Duration drawLatency() {
    long min = plan.latencyMin().orElseThrow().toNanos();
    long span = plan.latencyMax().orElseThrow().toNanos() - min;
    synchronized (random) {
      return Duration.ofNanos(min + (span == 0 ? 0 : (long) (random.nextDouble() * span)));
    }
  }

  private AmiException inject(FaultKind kind, CallContext call, long nth, String requestId) {
    Ec2Action action = call.action();
    stats.countInjected(kind);
    LOG.debug("{} #{} in {}: injected {}", action.wireName(), nth, call.region(), kind);
    switch (kind) {
      case INTERNAL_ERROR:
        return Ec2Errors.toException(Ec2Errors.INTERNAL_ERROR,
            "An internal error has occurred.", requestId, 500);
      case UNAVAILABLE:
        return Ec2Errors.toException(Ec2Errors.UNAVAILABLE,
            "The service is unavailable. Please try again shortly.", requestId, 503);
      case THROTTLING:
        stats.countThrottled(action);
        return Ec2Errors.toException(Ec2Errors.THROTTLED, "Request limit exceeded.", requestId, 400);
      case CONSISTENCY_LAG:
        return notFound(imagesNamed(call).stream().findFirst().orElse(null), requestId);
      case LOST_ANSWER:
      default:
        return new AmiBackendException("ami4j.ConnectionLost",
            action.wireName() + " was sent but its answer was lost (connection reset); "
                + "the change may have been applied", requestId, new IOException("Connection reset"));
    }
  }

  private static AmiException notFound(ImageId id, String requestId) {
    String message = id == null ? "The image id does not exist"
        : "The image id '[" + id.value() + "]' does not exist";
    return Ec2Errors.toException("InvalidAMIID.NotFound", message, requestId, 400);
  }

  private String requestId() {
    long n = requests.incrementAndGet();
    return UUID.nameUUIDFromBytes(("ami4j-fault-" + plan.seed() + "-" + n).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  @Override
  public String toString() {
    return "FaultingProvider[" + delegate.id() + ", " + stats + "]";
  }
}
