package io.ami4j.internal.bake;

import io.ami4j.AmiBakeFailedException;
import io.ami4j.AmiException;
import io.ami4j.AmiImageFailedException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStage;
import io.ami4j.bake.BakeStageResult.Outcome;
import io.ami4j.bake.BakeTags;
import io.ami4j.DryRunResult;
import io.ami4j.Pending;
import io.ami4j.ProgressListener;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.CopyGenerations;
import io.ami4j.internal.spec.IdempotentImageCall;
import io.ami4j.internal.spec.NewImage;
import io.ami4j.internal.spec.OneImage;
import io.ami4j.internal.spec.Sharing;
import io.ami4j.internal.pending.PendingOperation;
import io.ami4j.internal.pending.Progress;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one bake as a chain of futures, stage after stage, and cleans up whatever happens.
 *
 * <p>Every stage is a step composed on the one before (launch, customize, create image, copy,
 * share, retire settings), and its long waits (the builder starting and powering off, the image
 * and its copies becoming available) are the engine's own futures on the client's scheduler: no
 * thread is held while the bake waits, on a virtual scheduler as on a real one. Its calls are
 * futures too. Only the cleanup, a short sequence of calls that must run however the stages end,
 * runs as one piece of blocking work on the client's blocking executor.
 *
 * <p>Cancellation sets a flag and stops what the current stage waits for (a wait, a call still
 * retrying); the stage ends as {@code CANCELLED}, no further stage starts, and the cleanup runs as
 * after a failure. The bake's result completes once the cleanup is done.
 */
public final class BakePipeline {
  private static final Logger LOG = LoggerFactory.getLogger(BakePipeline.class);
  private static final List<BakeStage> MAIN_STAGES = List.of(BakeStage.LAUNCH, BakeStage.CUSTOMIZE,
      BakeStage.CREATE_IMAGE, BakeStage.COPY, BakeStage.SHARE, BakeStage.RETIRE_SETTINGS);

  private final Engine engine;
  private final BakePlan plan;
  private final BakeCalls calls;
  private final Progress bake;
  private final CompletableFuture<BakeResult> result = new CompletableFuture<>();
  private final AtomicReference<Runnable> stopCurrent = new AtomicReference<>();
  private volatile boolean cancelled;

  // Touched by one step at a time: each step happens after the one before (a future's completion,
  // an executor's hand-over), so plain collections are safe.
  private final Map<BakeStage, StageRun> runs = new EnumMap<>(BakeStage.class);
  private final List<InstanceId> builders = new ArrayList<>();
  private final Map<BakeResource, String> leftBehind = new LinkedHashMap<>();
  private final Map<ImageId, Region> protectedImages = new LinkedHashMap<>();
  private boolean buildersTerminated;
  private Image base;
  private Image image;
  private final Map<Region, Image> copies = new LinkedHashMap<>();

  private BakePipeline(Engine engine, BakePlan plan, List<ProgressListener> specListeners) {
    this.engine = engine;
    this.plan = plan;
    this.calls = new BakeCalls(engine);
    // The stages' events go to the client's listeners as they happen; the bake's handle relays
    // them to its own listeners, so it is made with none of the client's.
    this.bake = new Progress("Bake " + plan.bakeId, engine.clock(), List.of());
    specListeners.forEach(bake::add);
  }

  /**
   * Starts a bake: its first step is handed to the client's scheduler, and the caller's thread
   * returns at once.
   *
   * @param engine the client's engine
   * @param plan what to bake
   * @param listeners the spec's listeners
   * @return the bake's handle
   */
  public static Pending<BakeResult> start(Engine engine, BakePlan plan, List<ProgressListener> listeners) {
    BakePipeline p = new BakePipeline(engine, plan, listeners);
    // Closing the client ends its running operations: for a bake that means stop and clean up.
    PendingOperation<BakeResult> pending = engine.settling(p.result, p.bake).whenCancelled(p::cancel);
    LOG.info("Bake {} of {} from {} in {} started", plan.bakeId, plan.imageName, plan.baseImage, plan.region);
    CompletableFuture<Void> chain;
    try {
      chain = CompletableFuture.runAsync(() -> { }, p.engine.scheduler());
    } catch (RuntimeException e) {
      p.result.completeExceptionally(new AmiException("ami4j.BakeNotStarted", "Bake " + plan.bakeId
          + " could not start: " + e.getMessage(), null, false, e));
      return pending;
    }
    for (BakeStage s : MAIN_STAGES) {
      chain = chain.thenCompose(v -> p.runStage(s));
    }
    chain.whenComplete((v, e) -> p.cleanUpAndFinish(e));
    return pending;
  }

  private void cancel() {
    cancelled = true;
    Runnable stop = stopCurrent.get();
    if (stop != null) {
      stop.run();
    }
  }

  // ---- the sequence -------------------------------------------------------------------------

  /** After the main stages, however they ended: the cleanup, as blocking work, then the report. */
  private void cleanUpAndFinish(Throwable e) {
    BakeStage failedAt = null;
    Throwable failure = null;
    if (e != null) {
      Throwable c = CallRunner.unwrap(e);
      if (c instanceof StageFailed stageFailed) {
        failedAt = stageFailed.stage;
        failure = stageFailed.cause;
      } else {
        failedAt = BakeStage.CLEANUP;
        failure = c;
        LOG.error("Bake {}: unexpected failure; cleaning up", plan.bakeId, c);
      }
    }
    BakeStage at = failedAt;
    Throwable why = failure;
    Runnable cleanupThenReport = () -> {
      try {
        cleanup(at != null);
      } catch (RuntimeException | Error x) {
        LOG.error("Bake {}: cleanup failed unexpectedly", plan.bakeId, x);
        leaveBehindWhatIsNotCleaned("cleanup failed: " + x.getMessage());
      }
      report(at, why);
    };
    try {
      engine.blockingExecutor().execute(cleanupThenReport);
    } catch (RuntimeException x) {
      LOG.error("Bake {}: its cleanup could not start", plan.bakeId, x);
      leaveBehindWhatIsNotCleaned("cleanup could not start: " + x.getMessage());
      report(at == null ? BakeStage.CLEANUP : at, why == null ? x : why);
    }
  }

  private void leaveBehindWhatIsNotCleaned(String why) {
    List<BakeResource> cleaned = runs.values().stream().flatMap(r -> r.cleanedUp.stream())
        .collect(Collectors.toList());
    madeSoFar().stream().filter(m -> !cleaned.contains(m)).forEach(m -> leftBehind.putIfAbsent(m, why));
  }

  private void report(BakeStage failedAt, Throwable failure) {
    try {
      finish(failedAt, failure);
    } catch (RuntimeException e) {
      // Whoever awaits the bake must never wait forever.
      LOG.error("Bake {}: its report could not be made", plan.bakeId, e);
      result.completeExceptionally(new AmiException("ami4j.BakeFailed", "Bake " + plan.bakeId
          + " ended, but its report could not be made: " + e.getMessage(), null, false, e));
    }
  }

  private void finish(BakeStage failedAt, Throwable failure) {
    BakeResult.Builder r = BakeResult.builder().bakeId(plan.bakeId).imageName(plan.imageName)
        .baseImage(plan.baseImage);
    Instant now = engine.clock().instant();
    for (BakeStage s : BakeStage.values()) {
      StageRun run = runs.get(s);
      r.stage(run != null ? run.report() : StageRun.notRun(s, now,
          failedAt == null ? "" : "not run: the bake stopped in " + failedAt));
    }
    leftBehind.forEach(r::leftBehind);
    if (failedAt == null) {
      r.image(image);
      copies.forEach(r::copy);
      BakeResult done = r.build();
      LOG.info("Bake {} succeeded: {} in {}", plan.bakeId, image.id(), done.duration());
      result.complete(done);
    } else {
      r.failed(failedAt, String.valueOf(failure.getMessage()));
      BakeResult done = r.build();
      LOG.warn("Bake {} failed in {}: {}; cleaned up {}; left behind {}", plan.bakeId, failedAt,
          failure.getMessage(), done.cleanedUp(), done.leftBehind());
      result.completeExceptionally(new AmiBakeFailedException(failedAt, done, failure));
    }
  }

  /** Why a stage ended the bake. */
  private static final class StageFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient BakeStage stage;
    final transient Throwable cause;

    StageFailed(BakeStage stage, Throwable cause) {
      super(cause.getMessage(), cause, false, false);
      this.stage = stage;
      this.cause = cause;
    }
  }

  /**
   * A stage's work, started on a scheduler thread and never blocking it: answers a message for
   * people, or {@code null} when there was nothing to do.
   */
  @FunctionalInterface
  private interface Body {
    CompletableFuture<String> run(StageRun run, Progress progress);
  }

  private Body body(BakeStage s) {
    switch (s) {
      case LAUNCH:
        return this::launch;
      case CUSTOMIZE:
        return this::customize;
      case CREATE_IMAGE:
        return this::createImage;
      case COPY:
        return this::copy;
      case SHARE:
        return this::share;
      case RETIRE_SETTINGS:
        return this::retireSettings;
      default:
        throw new IllegalArgumentException(s.name());
    }
  }

  private CompletableFuture<Void> runStage(BakeStage s) {
    StageRun run = new StageRun(s, engine.clock().instant());
    runs.put(s, run);
    Progress progress = progress(s);
    if (cancelled) {
      AmiException why = cancelledIn(s);
      run.end(Outcome.CANCELLED, engine.clock().instant(), why.getMessage());
      progress.report(s.name(), "cancelled", why.getMessage());
      return CompletableFuture.failedFuture(new StageFailed(s, why));
    }
    progress.report(s.name(), "started", s + " of bake " + plan.bakeId);
    CompletableFuture<String> work;
    try {
      work = body(s).run(run, progress);
    } catch (RuntimeException e) {
      work = CompletableFuture.failedFuture(e);
    }
    return work.handle((message, e) -> {
      stopCurrent.set(null);
      if (e == null) {
        Outcome outcome = message == null ? Outcome.SKIPPED : Outcome.SUCCEEDED;
        String text = message == null ? "nothing to do" : message;
        run.end(outcome, engine.clock().instant(), text);
        progress.report(s.name(), outcome.name().toLowerCase(java.util.Locale.ROOT), text);
        return null;
      }
      Throwable cause = CallRunner.unwrap(e);
      boolean stopped = cancelled;
      if (stopped) {
        cause = cancelledIn(s);
      }
      run.end(stopped ? Outcome.CANCELLED : Outcome.FAILED, engine.clock().instant(),
          String.valueOf(cause.getMessage()));
      progress.report(s.name(), stopped ? "cancelled" : "failed", String.valueOf(cause.getMessage()));
      throw new StageFailed(s, cause);
    });
  }

  private AmiException cancelledIn(BakeStage s) {
    return new AmiException("ami4j.Cancelled", "Bake " + plan.bakeId + " was cancelled in " + s, null, false, null);
  }

  private Progress progress(BakeStage s) {
    Progress p = engine.progress(s.operation());
    p.add(bake::relay);
    return p;
  }

  // ---- waiting, cancellable -----------------------------------------------------------------

  /** An operation's progress, told as the stage's own. */
  private Progress told(String operation, Progress stage) {
    Progress p = engine.progress(operation);
    p.add(e -> stage.report(e.resource(), e.state(), e.operation() + ": " + e.message()));
    return p;
  }

  /**
   * What the current stage waits for now: {@code stop} ends it when the bake is cancelled, at
   * once if it already is.
   */
  private <T> CompletableFuture<T> current(CompletableFuture<T> step, Runnable stop) {
    stopCurrent.set(stop);
    if (cancelled) {
      stop.run();
    }
    return step;
  }

  private <T> CompletableFuture<T> current(CompletableFuture<T> step) {
    return current(step, () -> step.cancel(false));
  }

  private CompletableFuture<Void> checkCancelled() {
    return cancelled ? CompletableFuture.failedFuture(new AmiException("ami4j.Cancelled", "cancelled", null, false,
        null)) : CompletableFuture.completedFuture(null);
  }

  // ---- the stages ---------------------------------------------------------------------------

  private CompletableFuture<String> launch(StageRun run, Progress progress) {
    RunInstancesRequest req = builderRequest(plan);
    return current(OneImage.describe(engine, plan.region, plan.baseImage, engine.runner().callDeadline()))
        .thenCompose(b -> {
          base = b;
          return current(engine.runner().call(plan.region, Ec2Action.RUN_INSTANCES,
              c -> engine.provider().runInstances(c, req)));
        }).thenCompose(started -> {
          for (Instance i : started) {
            builders.add(i.id());
            run.made(BakeResource.of(BakeResource.Kind.INSTANCE, i.id().value(), plan.region));
          }
          progress.report(builders.toString(), "requested",
              "builder launched from " + base.id() + " (" + base.name() + ")");
          return current(engine.instances(plan.region).awaitStarted(List.copyOf(builders), "Bake launch", progress,
              engine.deadline()));
        }).thenApply(i -> "builder " + builders + " (" + plan.instanceType + ") started from " + base.id() + " ("
            + base.name() + ")");
  }

  private CompletableFuture<String> customize(StageRun run, Progress progress) {
    Instant deadline = engine.clock().instant().plus(plan.customizeTimeout);
    return current(engine.instances(plan.region).awaitStopped(List.copyOf(builders), "Bake customization", progress,
        deadline)).handle((i, e) -> {
          Throwable c = e == null ? null : CallRunner.unwrap(e);
          if (c instanceof AmiTimeoutException timeout) {
            throw new AmiTimeoutException("The user data of builder " + builders + " did not power it off within "
                + plan.customizeTimeout + ": the script failed, hangs, or does not end with a shutdown"
                + " (read the instance's console output). " + c.getMessage(), timeout.waited());
          }
          if (c != null) {
            throw CallRunner.rethrowable(c);
          }
          return "user data ran and powered builder " + builders + " off";
        });
  }

  private CompletableFuture<String> createImage(StageRun run, Progress progress) {
    InstanceId builder = builders.get(0);
    CreateImageRequest.Builder b = CreateImageRequest.builder().instanceId(builder).name(plan.imageName)
        .noReboot(true).imageTags(imageTags()).snapshotTags(snapshotTags());
    plan.description.ifPresent(b::description);
    CreateImageRequest req = b.build();
    Progress op = told("CreateImage", progress);
    Instant deadline = engine.deadline();
    // The same operation as create(): an idempotent CreateImage, then the image followed to available.
    CompletableFuture<ImageId> id = IdempotentImageCall.run(engine, plan.region, Ec2Action.CREATE_IMAGE, deadline,
        req.name(), i -> i.sourceInstanceId().map(builder::equals).orElse(true),
        c -> engine.provider().createImage(c, req));
    NewImage.Tracked t = NewImage.await(engine, plan.region, id, op, deadline, ImageId::value);
    return current(t.image, t.cancel).handle((img, e) -> {
      if (e != null) {
        Throwable cause = CallRunner.unwrap(e);
        op.report(op.operation(), "failed", String.valueOf(cause.getMessage()));
        if (cause instanceof AmiImageFailedException imageFailed) {
          recordImage(run, plan.region, imageFailed.image());
        }
        throw CallRunner.rethrowable(cause);
      }
      image = img;
      recordImage(run, plan.region, img);
      return img;
    }).thenCompose(img -> current(terminateBuilders(run))).thenApply(v -> "image " + image.id() + " ("
        + image.name() + ") available with snapshots " + image.snapshotIds() + "; builder terminated");
  }

  private CompletableFuture<String> copy(StageRun run, Progress progress) {
    if (plan.copies.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    Map<Region, NewImage.Tracked> started = new LinkedHashMap<>();
    Instant deadline = engine.deadline();
    for (Map.Entry<Region, Optional<KmsKey>> e : plan.copies.entrySet()) {
      Region to = e.getKey();
      Map<String, Object> parts = new TreeMap<>();
      CopyImageRequest req = CopyGenerations.request(image.id(), plan.region, to, image.name(),
          plan.description.orElse(null), e.getValue().isPresent(), e.getValue().orElse(null), true, Map.of(), parts);
      Progress op = told("CopyImage", progress);
      NewImage.Tracked t = CopyGenerations.copy(engine, to, req, parts, op, deadline, i -> i + " in " + to, i -> { });
      t.image.whenComplete((img, x) -> {
        if (x != null) {
          op.report(image.id() + " to " + to, "failed", String.valueOf(CallRunner.unwrap(x).getMessage()));
        }
      });
      started.put(to, t);
    }
    Runnable stopAll = () -> started.values().forEach(t -> t.cancel.run());
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (Map.Entry<Region, NewImage.Tracked> e : started.entrySet()) {
      Region r = e.getKey();
      chain = chain.thenCompose(v -> current(e.getValue().image, stopAll)).thenCompose(copy -> {
        copies.put(r, copy);
        recordImage(run, r, copy);
        // CopyImage tags the image only: the copy's snapshots get the bake's tags here.
        return current(calls.tagAsync(r, copy.snapshotIds(), snapshotTags()), stopAll);
      });
    }
    // However the stage ends, nothing of it is still awaited.
    return chain.whenComplete((v, e) -> stopAll.run()).thenApply(v -> "copied to " + allCopies().entrySet()
        .stream().map(e -> e.getValue().id() + " in " + e.getKey()).collect(Collectors.joining(", ")));
  }

  private CompletableFuture<String> share(StageRun run, Progress progress) {
    if (plan.shareWith.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    Map<Region, Image> all = allImages();
    List<String> notes = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (Map.Entry<Region, Image> e : all.entrySet()) {
      // A cancellation is seen between two images; an image's grants, once started, are made whole,
      // so that the cleanup never runs beside a grant still being made.
      chain = chain.thenCompose(v -> checkCancelled()).thenCompose(v -> current(
          new Sharing(engine, e.getKey(), e.getValue().id())
              .applyAsync(new LinkedHashSet<>(plan.shareWith), Set.of(), plan.shareSnapshots), () -> { }))
          .thenAccept(done -> done.notes.stream().filter(n -> !notes.contains(n)).forEach(notes::add));
    }
    return chain.thenApply(v -> "granted " + plan.shareWith + " on " + all.size() + " image(s)"
        + (plan.shareSnapshots ? " and their snapshots" : "")
        + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
  }

  private CompletableFuture<String> retireSettings(StageRun run, Progress progress) {
    List<String> done = new CopyOnWriteArrayList<>();
    Optional<Instant> deprecation = plan.deprecateAt
        .or(() -> plan.deprecateAfter.map(d -> engine.clock().instant().plus(d)))
        .map(at -> at.truncatedTo(ChronoUnit.MINUTES));
    Map<Region, Image> all = allImages();
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    if (deprecation.isPresent()) {
      for (Map.Entry<Region, Image> e : all.entrySet()) {
        chain = chain.thenCompose(v -> checkCancelled()).thenCompose(v -> current(engine.runner().call(e.getKey(),
            Ec2Action.ENABLE_IMAGE_DEPRECATION, c -> {
              engine.provider().enableImageDeprecation(c, e.getValue().id(), deprecation.get());
              return null;
            })));
      }
      chain = chain.thenRun(() -> done.add("deprecation at " + deprecation.get()));
    }
    // The completion mark goes on before protection: once protected, a rollback may be unable to
    // remove an image, and the sweeper must never take a finished image for a crashed bake's.
    for (Map.Entry<Region, Image> e : all.entrySet()) {
      chain = chain.thenCompose(v -> checkCancelled()).thenCompose(v -> current(calls.tagAsync(e.getKey(),
          List.of(e.getValue().id()), Map.of(BakeTags.BAKE_STATE, BakeTags.COMPLETE))));
    }
    chain = chain.thenRun(() -> done.add("marked " + BakeTags.BAKE_STATE + "=" + BakeTags.COMPLETE));
    if (plan.protect) {
      for (Map.Entry<Region, Image> e : all.entrySet()) {
        chain = chain.thenCompose(v -> checkCancelled()).thenCompose(v -> current(engine.runner().call(e.getKey(),
            Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION, c -> {
              engine.provider().enableDeregistrationProtection(c, e.getValue().id(), plan.protectWithCooldown);
              return null;
            }))).thenRun(() -> protectedImages.put(e.getValue().id(), e.getKey()));
      }
      chain = chain.thenRun(() -> done.add("deregistration protection" + (plan.protectWithCooldown ? " with cooldown"
          : "")));
    }
    return chain.thenApply(v -> String.join(", ", done));
  }

  // ---- cleanup ------------------------------------------------------------------------------

  private void cleanup(boolean failed) {
    StageRun run = new StageRun(BakeStage.CLEANUP, engine.clock().instant());
    runs.put(BakeStage.CLEANUP, run);
    Progress progress = progress(BakeStage.CLEANUP);
    progress.report(BakeStage.CLEANUP.name(), "started", failed
        ? "terminating the builder and removing every image and snapshot of bake " + plan.bakeId
        : "terminating the builder");
    BakeCleanup cleanup = new BakeCleanup(calls, plan, run, leftBehind);
    cleanup.terminateBuilders(builders, buildersTerminated);
    if (failed) {
      cleanup.unprotect(protectedImages);
      List<Region> regions = new ArrayList<>();
      regions.add(plan.region);
      regions.addAll(plan.copies.keySet());
      cleanup.removeImagesAndSnapshots(regions, madeSoFar());
    }
    String message = failed || !run.cleanedUp.isEmpty()
        ? "cleaned up " + run.cleanedUp.size() + " resource(s)"
            + (leftBehind.isEmpty() ? "" : "; left behind " + leftBehind)
        : "nothing left to remove: the builder was terminated once the image was available; kept "
            + allImages().size() + " image(s)";
    run.end(leftBehind.isEmpty() ? Outcome.SUCCEEDED : Outcome.FAILED, engine.clock().instant(), message);
    progress.report(BakeStage.CLEANUP.name(), leftBehind.isEmpty() ? "succeeded" : "failed", message);
  }

  private List<BakeResource> madeSoFar() {
    return runs.values().stream().flatMap(r -> r.made.stream()).distinct().collect(Collectors.toList());
  }

  private CompletableFuture<Void> terminateBuilders(StageRun run) {
    return calls.terminateAsync(plan.region, List.copyOf(builders)).thenRun(() -> {
      buildersTerminated = true;
      builders.forEach(i -> run.cleaned(BakeResource.of(BakeResource.Kind.INSTANCE, i.value(), plan.region)));
    });
  }

  // ---- helpers ------------------------------------------------------------------------------

  private Map<Region, Image> allImages() {
    Map<Region, Image> all = new LinkedHashMap<>();
    all.put(plan.region, image);
    all.putAll(allCopies());
    return all;
  }

  private Map<Region, Image> allCopies() {
    return new LinkedHashMap<>(copies);
  }

  private static void recordImage(StageRun run, Region region, Image img) {
    run.made(BakeResource.of(BakeResource.Kind.IMAGE, img.id().value(), region));
    for (SnapshotId s : img.snapshotIds()) {
      run.made(BakeResource.of(BakeResource.Kind.SNAPSHOT, s.value(), region));
    }
  }

  /**
   * Asks the backend whether the bake's first change, launching its builder, would be allowed
   * (EC2's {@code DryRun} on RunInstances with the bake's own request); makes nothing.
   *
   * @param engine the client's engine
   * @param plan the checked bake
   * @return the verdict
   */
  public static DryRunResult dryRun(Engine engine, BakePlan plan) {
    RunInstancesRequest req = builderRequest(plan);
    return engine.runner().join(engine.runner().dryRun(plan.region, Ec2Action.RUN_INSTANCES,
        c -> engine.provider().runInstances(c, req)));
  }

  private static RunInstancesRequest builderRequest(BakePlan plan) {
    RunInstancesRequest.Builder b = RunInstancesRequest.builder().imageId(plan.baseImage)
        .instanceType(plan.instanceType).securityGroupIds(plan.securityGroupIds).userData(plan.userData)
        .blockDeviceMappings(plan.blockDevices).tags(instanceTags(plan))
        .clientToken("ami4j-" + plan.bakeId);
    plan.subnetId.ifPresent(b::subnetId);
    plan.iamInstanceProfile.ifPresent(b::iamInstanceProfile);
    return b.build();
  }

  private static Map<String, String> instanceTags(BakePlan plan) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("Name", "ami4j bake " + plan.imageName);
    t.put(BakeTags.BAKE, plan.bakeId);
    return t;
  }

  private Map<String, String> imageTags() {
    Map<String, String> t = new LinkedHashMap<>(plan.tags);
    t.put(BakeTags.BAKE, plan.bakeId);
    t.put(BakeTags.BAKE_STATE, BakeTags.BAKING);
    t.put(BakeTags.BASE_IMAGE, base.id().value());
    t.put(BakeTags.BASE_NAME, base.name());
    t.put(BakeTags.BASE_OWNER, base.ownerId().value());
    t.put(BakeTags.BASE_REGION, plan.region.name());
    plan.version.ifPresent(v -> t.put(BakeTags.VERSION, v));
    return t;
  }

  private Map<String, String> snapshotTags() {
    Map<String, String> t = new LinkedHashMap<>(plan.tags);
    t.put(BakeTags.BAKE, plan.bakeId);
    return t;
  }

  @Override
  public String toString() {
    return "BakePipeline[" + plan.bakeId + "]";
  }
}
