package io.ami4j.testkit.fault;

import io.ami4j.AmiBackendException;
import io.ami4j.AmiException;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.model.KmsKey;
import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.DeregistrationResult;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.model.ResourceId;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SsmParameter;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Ec2Errors;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.spi.SnapshotQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider that passes every call on to another provider (for one account) after meeting the
 * faults of a {@link FaultPlan}: throttling by EC2's token buckets, scripted and seeded-random
 * 500/503/throttling answers, eventual-consistency lag of new images, and lost answers of applied
 * calls. Every fault answers with the exception EC2's error code maps to
 * ({@link Ec2Errors#toException}), so the engine cannot tell it from the real thing.
 *
 * <pre>{@code
 * FaultingProvider provider = FaultingProvider.wrap(world.provider(account),
 *     FaultPlan.builder().ec2Throttling().refillFactor(50).build(), clock);
 * // ... run the engine against provider ...
 * long throttled = provider.stats().throttledAnswers();
 * }</pre>
 *
 * <p>Each SPI method is one EC2 action (DeregisterImage with its snapshots is one
 * {@code DeregisterImage}); the bucket is the action's {@link Ec2Action#bucket()} in the call's
 * region. Time (bucket refill, lag windows) is read from the injected clock, so a virtual clock
 * drives it; latency, which sleeps, applies only on the system clock. Thread-safe; random
 * faults repeat exactly for one seed and one order of calls.
 */
public final class FaultingProvider implements AmiProvider {
  private static final Logger LOG = LoggerFactory.getLogger(FaultingProvider.class);

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

  private FaultingProvider(AmiProvider delegate, FaultPlan plan, Clock clock) {
    this.delegate = Check.notNull("delegate", delegate);
    this.plan = Check.notNull("plan", plan);
    this.clock = Check.notNull("clock", clock);
    this.buckets = plan.throttling().map(l -> new ThrottleBuckets(l, plan.competingLoad(), clock)).orElse(null);
    this.random = new Random(plan.seed());
    this.latency = plan.latencyMin().isPresent() && RealLatency.appliesTo(clock);
  }

  /**
   * Wraps a provider.
   *
   * @param delegate the provider that does the work, serving one account
   * @param plan the faults
   * @param clock the time of bucket refills and lag windows (virtual in tests)
   * @return the decorator
   */
  public static FaultingProvider wrap(AmiProvider delegate, FaultPlan plan, Clock clock) {
    return new FaultingProvider(delegate, plan, clock);
  }

  /** The counters of calls, throttled answers and injected faults. */
  public FaultStats stats() {
    return stats;
  }

  /** The plan this decorator follows. */
  public FaultPlan plan() {
    return plan;
  }

  /**
   * Makes the next calls of {@code action} answer {@code kinds}, one each, in order, ahead of the
   * plan's scripted faults — "the next CreateImage answers InternalError".
   *
   * @param action the action
   * @param kinds the faults
   * @return this decorator
   */
  public FaultingProvider failNext(Ec2Action action, FaultKind... kinds) {
    Check.notNull("action", action);
    synchronized (next) {
      for (FaultKind k : kinds) {
        next.computeIfAbsent(action, a -> new ArrayDeque<>()).addLast(Check.notNull("kind", k));
      }
    }
    return this;
  }

  // ---- the one path every call takes ----------------------------------------------------------

  private <T> T call(Call call, Ec2Action action, Collection<? extends ResourceId> ids, Supplier<T> body) {
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
      throw inject(fault, action, nth, call, ids, requestId);
    }
    if (!ids.isEmpty()) {
      Optional<ImageId> hidden = lag.hidden(ids, clock.instant());
      if (hidden.isPresent()) {
        stats.countInjected(FaultKind.CONSISTENCY_LAG);
        LOG.debug("{} #{}: {} not visible yet", action.wireName(), nth, hidden.get());
        throw notFound(hidden.get(), requestId);
      }
    }
    T answer = body.get();
    if (fault == FaultKind.LOST_ANSWER) {
      throw inject(fault, action, nth, call, ids, requestId);
    }
    return answer;
  }

  private void run(Call call, Ec2Action action, Collection<? extends ResourceId> ids, Runnable body) {
    call(call, action, ids, () -> {
      body.run();
      return null;
    });
  }

  /** A call that creates an image, which may then lag. */
  private ImageId create(Call call, Ec2Action action, Supplier<ImageId> body) {
    return call(call, action, List.of(), () -> {
      ImageId id = body.get();
      Duration window = drawLag();
      if (window != null && !window.isZero()) {
        lag.hide(id, clock.instant().plus(window));
      }
      return id;
    });
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

  private AmiException inject(FaultKind kind, Ec2Action action, long nth, Call call,
      Collection<? extends ResourceId> ids, String requestId) {
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
        return notFound(ids.stream().filter(ImageId.class::isInstance).map(ImageId.class::cast)
            .findFirst().orElse(null), requestId);
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

  private static List<ImageId> image(ImageId id) {
    return id == null ? List.of() : List.of(id);
  }

  // ---- the SPI, one action per method ---------------------------------------------------------

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public AccountId callerAccount(Call call) {
    return call(call, Ec2Action.GET_CALLER_IDENTITY, List.of(), () -> delegate.callerAccount(call));
  }

  @Override
  public Page<Image> describeImages(Call call, ImageQuery query, PageRequest page) {
    return call(call, Ec2Action.DESCRIBE_IMAGES, query.imageIds(), () -> delegate.describeImages(call, query, page));
  }

  @Override
  public ImageId createImage(Call call, CreateImageRequest request) {
    return create(call, Ec2Action.CREATE_IMAGE, () -> delegate.createImage(call, request));
  }

  @Override
  public ImageId registerImage(Call call, RegisterImageRequest request) {
    return create(call, Ec2Action.REGISTER_IMAGE, () -> delegate.registerImage(call, request));
  }

  @Override
  public ImageId copyImage(Call call, CopyImageRequest request) {
    return create(call, Ec2Action.COPY_IMAGE, () -> delegate.copyImage(call, request));
  }

  @Override
  public DeregistrationResult deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots) {
    return call(call, Ec2Action.DEREGISTER_IMAGE, image(imageId),
        () -> delegate.deregisterImage(call, imageId, deleteSnapshots));
  }

  @Override
  public List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId) {
    return call(call, Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE, image(imageId),
        () -> delegate.describeLaunchPermissions(call, imageId));
  }

  @Override
  public void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add,
      List<LaunchPermission> remove) {
    run(call, Ec2Action.MODIFY_IMAGE_ATTRIBUTE, image(imageId),
        () -> delegate.modifyLaunchPermissions(call, imageId, add, remove));
  }

  @Override
  public void resetLaunchPermissions(Call call, ImageId imageId) {
    run(call, Ec2Action.RESET_IMAGE_ATTRIBUTE, image(imageId), () -> delegate.resetLaunchPermissions(call, imageId));
  }

  @Override
  public void cancelImageLaunchPermission(Call call, ImageId imageId) {
    run(call, Ec2Action.CANCEL_IMAGE_LAUNCH_PERMISSION, image(imageId),
        () -> delegate.cancelImageLaunchPermission(call, imageId));
  }

  @Override
  public void modifyImageDescription(Call call, ImageId imageId, String description) {
    run(call, Ec2Action.MODIFY_IMAGE_ATTRIBUTE, image(imageId),
        () -> delegate.modifyImageDescription(call, imageId, description));
  }

  @Override
  public void enableImageDeprecation(Call call, ImageId imageId, Instant at) {
    run(call, Ec2Action.ENABLE_IMAGE_DEPRECATION, image(imageId),
        () -> delegate.enableImageDeprecation(call, imageId, at));
  }

  @Override
  public void disableImageDeprecation(Call call, ImageId imageId) {
    run(call, Ec2Action.DISABLE_IMAGE_DEPRECATION, image(imageId),
        () -> delegate.disableImageDeprecation(call, imageId));
  }

  @Override
  public void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown) {
    run(call, Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION, image(imageId),
        () -> delegate.enableDeregistrationProtection(call, imageId, withCooldown));
  }

  @Override
  public void disableDeregistrationProtection(Call call, ImageId imageId) {
    run(call, Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION, image(imageId),
        () -> delegate.disableDeregistrationProtection(call, imageId));
  }

  @Override
  public void disableImage(Call call, ImageId imageId) {
    run(call, Ec2Action.DISABLE_IMAGE, image(imageId), () -> delegate.disableImage(call, imageId));
  }

  @Override
  public void enableImage(Call call, ImageId imageId) {
    run(call, Ec2Action.ENABLE_IMAGE, image(imageId), () -> delegate.enableImage(call, imageId));
  }

  @Override
  public Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page) {
    return call(call, Ec2Action.LIST_IMAGES_IN_RECYCLE_BIN, List.of(),
        () -> delegate.listImagesInRecycleBin(call, imageIds, page));
  }

  @Override
  public void restoreImageFromRecycleBin(Call call, ImageId imageId) {
    run(call, Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN, List.of(),
        () -> delegate.restoreImageFromRecycleBin(call, imageId));
  }

  @Override
  public Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page) {
    return call(call, Ec2Action.DESCRIBE_IMAGE_REFERENCES, imageIds,
        () -> delegate.describeImageReferences(call, imageIds, page));
  }

  @Override
  public BlockPublicAccessState getImageBlockPublicAccessState(Call call) {
    return call(call, Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE, List.of(),
        () -> delegate.getImageBlockPublicAccessState(call));
  }

  @Override
  public void enableImageBlockPublicAccess(Call call) {
    run(call, Ec2Action.ENABLE_IMAGE_BLOCK_PUBLIC_ACCESS, List.of(), () -> delegate.enableImageBlockPublicAccess(call));
  }

  @Override
  public void disableImageBlockPublicAccess(Call call) {
    run(call, Ec2Action.DISABLE_IMAGE_BLOCK_PUBLIC_ACCESS, List.of(),
        () -> delegate.disableImageBlockPublicAccess(call));
  }

  @Override
  public Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page) {
    return call(call, Ec2Action.DESCRIBE_SNAPSHOTS, List.of(), () -> delegate.describeSnapshots(call, query, page));
  }

  @Override
  public void deleteSnapshot(Call call, SnapshotId snapshotId) {
    run(call, Ec2Action.DELETE_SNAPSHOT, List.of(), () -> delegate.deleteSnapshot(call, snapshotId));
  }

  @Override
  public List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId) {
    return call(call, Ec2Action.DESCRIBE_SNAPSHOT_ATTRIBUTE, List.of(),
        () -> delegate.describeVolumePermissions(call, snapshotId));
  }

  @Override
  public void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove) {
    run(call, Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE, List.of(),
        () -> delegate.modifyVolumePermissions(call, snapshotId, add, remove));
  }

  @Override
  public List<Instance> runInstances(Call call, RunInstancesRequest request) {
    return call(call, Ec2Action.RUN_INSTANCES, image(request.imageId()), () -> delegate.runInstances(call, request));
  }

  @Override
  public Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page) {
    return call(call, Ec2Action.DESCRIBE_INSTANCES, List.of(), () -> delegate.describeInstances(call, query, page));
  }

  @Override
  public void terminateInstances(Call call, List<InstanceId> instanceIds) {
    run(call, Ec2Action.TERMINATE_INSTANCES, List.of(), () -> delegate.terminateInstances(call, instanceIds));
  }

  @Override
  public void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
    run(call, Ec2Action.CREATE_TAGS, resources, () -> delegate.createTags(call, resources, tags));
  }

  @Override
  public void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
    run(call, Ec2Action.DELETE_TAGS, resources, () -> delegate.deleteTags(call, resources, keys));
  }

  @Override
  public KmsKeyDescription describeKey(Call call, KmsKey key) {
    return call(call, Ec2Action.DESCRIBE_KEY, List.of(), () -> delegate.describeKey(call, key));
  }

  @Override
  public Optional<SsmParameter> getParameter(Call call, String name) {
    return call(call, Ec2Action.GET_PARAMETER, List.of(), () -> delegate.getParameter(call, name));
  }

  @Override
  public Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page) {
    return call(call, Ec2Action.GET_PARAMETERS_BY_PATH, List.of(), () -> delegate.getParametersByPath(call, path, page));
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public String toString() {
    return "FaultingProvider[" + delegate.id() + ", " + stats + "]";
  }
}
