package io.ami4j.internal.bake;

import io.ami4j.AmiBakeFailedException;
import io.ami4j.AmiClient;
import io.ami4j.AmiException;
import io.ami4j.AmiImageFailedException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.BakeResource;
import io.ami4j.BakeResult;
import io.ami4j.DryRunResult;
import io.ami4j.BakeStage;
import io.ami4j.BakeStageReport.Outcome;
import io.ami4j.BakeTags;
import io.ami4j.CopySpec;
import io.ami4j.CreateImageSpec;
import io.ami4j.Pending;
import io.ami4j.ProgressEvent;
import io.ami4j.ProgressListener;
import io.ami4j.SharingResult;
import io.ami4j.SharingSpec;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.Progress;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one bake, stage after stage, as one piece of blocking work on the client's blocking
 * executor, and cleans up whatever happens.
 *
 * <p>Why a sequence of awaits: every stage is a long wait (minutes to an hour) on work the engine
 * does on the client's scheduler, and the cleanup must run after every way a stage can end. A
 * sequence of awaits with a {@code finally} says that plainly, reuses the public specs (create,
 * copy, share, retire, deregister) unchanged, and never blocks a scheduler thread. Every await goes
 * through the client's waits, so on a virtual scheduler the bake is counted as work in flight
 * while it runs and lets time move while it waits.
 *
 * <p>Cancellation sets a flag and stops the current wait; the next check of the flag ends the
 * stage as {@code CANCELLED}, and the cleanup runs as after a failure.
 */
public final class BakePipeline {
  private static final Logger LOG = LoggerFactory.getLogger(BakePipeline.class);
  private static final List<BakeStage> MAIN_STAGES = List.of(BakeStage.LAUNCH, BakeStage.CUSTOMIZE,
      BakeStage.CREATE_IMAGE, BakeStage.COPY, BakeStage.SHARE, BakeStage.RETIRE_SETTINGS);

  private final AmiClient amis;
  private final Engine engine;
  private final BakePlan plan;
  private final BakeCalls calls;
  private final List<ProgressListener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicReference<ProgressEvent> last = new AtomicReference<>();
  private final CompletableFuture<BakeResult> result = new CompletableFuture<>();
  private final AtomicReference<Runnable> stopCurrent = new AtomicReference<>();
  private volatile boolean cancelled;

  private final Map<BakeStage, StageRun> runs = new EnumMap<>(BakeStage.class);
  private final List<InstanceId> builders = new ArrayList<>();
  private final Map<BakeResource, String> leftBehind = new LinkedHashMap<>();
  private final Map<ImageId, Region> protectedImages = new LinkedHashMap<>();
  private boolean buildersTerminated;
  private Image base;
  private Image image;
  private final Map<Region, Image> copies = new LinkedHashMap<>();

  private BakePipeline(AmiClient amis, Engine engine, BakePlan plan, List<ProgressListener> specListeners) {
    this.amis = amis;
    this.engine = engine;
    this.plan = plan;
    this.calls = new BakeCalls(engine);
    this.listeners.addAll(specListeners);
  }

  /**
   * Starts a bake.
   *
   * @param amis the client whose specs the stages use
   * @param engine the client's engine
   * @param plan what to bake
   * @param listeners the spec's listeners
   * @return the bake's handle
   */
  public static Pending<BakeResult> start(AmiClient amis, Engine engine, BakePlan plan,
      List<ProgressListener> listeners) {
    BakePipeline p = new BakePipeline(amis, engine, plan, listeners);
    BakePending pending = new BakePending(plan.bakeId, p.result, p::cancel, p.last, p.listeners,
        engine.runner().waits());
    // Closing the client ends its running operations: for a bake that means stop and clean up.
    CompletableFuture<Void> lifeline = new CompletableFuture<>();
    engine.pending(lifeline, engine.progress("Bake")).whenCancelled(p::cancel);
    p.result.whenComplete((r, e) -> lifeline.complete(null));
    try {
      engine.blockingExecutor().execute(p::run);
    } catch (RuntimeException e) {
      p.result.completeExceptionally(new AmiException("ami4j.BakeNotStarted", "Bake " + plan.bakeId
          + " could not start: " + e.getMessage(), null, false, e));
    }
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

  private void run() {
    LOG.info("Bake {} of {} from {} in {} started", plan.bakeId, plan.imageName, plan.baseImage, plan.region);
    BakeStage failedAt = null;
    Throwable failure = null;
    try {
      for (BakeStage s : MAIN_STAGES) {
        runStage(s);
      }
    } catch (StageFailed f) {
      failedAt = f.stage;
      failure = f.cause;
    } catch (RuntimeException | Error e) {
      failedAt = BakeStage.CLEANUP;
      failure = e;
      LOG.error("Bake {}: unexpected failure; cleaning up", plan.bakeId, e);
    } finally {
      try {
        cleanup(failedAt != null);
      } catch (RuntimeException e) {
        LOG.error("Bake {}: cleanup failed unexpectedly", plan.bakeId, e);
        List<BakeResource> cleaned = runs.values().stream().flatMap(r -> r.cleanedUp.stream())
            .collect(Collectors.toList());
        madeSoFar().stream().filter(m -> !cleaned.contains(m))
            .forEach(m -> leftBehind.putIfAbsent(m, "cleanup failed: " + e.getMessage()));
      }
      try {
        finish(failedAt, failure);
      } catch (RuntimeException e) {
        // Whoever awaits the bake must never wait forever.
        LOG.error("Bake {}: its report could not be made", plan.bakeId, e);
        result.completeExceptionally(new AmiException("ami4j.BakeFailed", "Bake " + plan.bakeId
            + " ended, but its report could not be made: " + e.getMessage(), null, false, e));
      }
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

  /** A stage's work; answers a message for people, or {@code null} when there was nothing to do. */
  @FunctionalInterface
  private interface Body {
    String run(StageRun run, Progress progress);
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

  private void runStage(BakeStage s) {
    StageRun run = new StageRun(s, engine.clock().instant());
    runs.put(s, run);
    Progress progress = progress(s);
    if (cancelled) {
      AmiException why = cancelledIn(s);
      run.end(Outcome.CANCELLED, engine.clock().instant(), why.getMessage());
      progress.report(s.name(), "cancelled", why.getMessage());
      throw new StageFailed(s, why);
    }
    progress.report(s.name(), "started", s + " of bake " + plan.bakeId);
    try {
      String message = body(s).run(run, progress);
      Outcome outcome = message == null ? Outcome.SKIPPED : Outcome.SUCCEEDED;
      String text = message == null ? "nothing to do" : message;
      run.end(outcome, engine.clock().instant(), text);
      progress.report(s.name(), outcome.name().toLowerCase(java.util.Locale.ROOT), text);
    } catch (RuntimeException e) {
      Throwable cause = CallRunner.unwrap(e);
      boolean stopped = cancelled;
      if (stopped) {
        cause = cancelledIn(s);
      }
      run.end(stopped ? Outcome.CANCELLED : Outcome.FAILED, engine.clock().instant(),
          String.valueOf(cause.getMessage()));
      progress.report(s.name(), stopped ? "cancelled" : "failed", String.valueOf(cause.getMessage()));
      throw new StageFailed(s, cause);
    }
  }

  private AmiException cancelledIn(BakeStage s) {
    return new AmiException("ami4j.Cancelled", "Bake " + plan.bakeId + " was cancelled in " + s, null, false, null);
  }

  private Progress progress(BakeStage s) {
    Progress p = engine.progress(s.operation());
    p.add(e -> {
      last.set(e);
      for (ProgressListener l : listeners) {
        try {
          l.onProgress(e);
        } catch (RuntimeException ex) {
          LOG.warn("A bake progress listener failed on {}; ignored", e, ex);
        }
      }
    });
    return p;
  }

  // ---- waiting, cancellable -----------------------------------------------------------------

  /** A spec's pending operation, its further progress told as the stage's own. */
  private static <T> Pending<T> told(Pending<T> pending, Progress stage) {
    return pending.onProgress(e -> stage.report(e.resource(), e.state(), e.operation() + ": " + e.message()));
  }

  private <T> T await(Pending<T> pending) {
    stopCurrent.set(pending::cancel);
    try {
      if (cancelled) {
        pending.cancel();
      }
      return pending.await();
    } finally {
      stopCurrent.set(null);
    }
  }

  private <T> T await(CompletableFuture<T> future) {
    stopCurrent.set(() -> future.cancel(false));
    try {
      if (cancelled) {
        future.cancel(false);
      }
      return engine.runner().join(future);
    } catch (CancellationException e) {
      throw new AmiException("ami4j.Cancelled", "cancelled", null, false, e);
    } finally {
      stopCurrent.set(null);
    }
  }

  // ---- the stages ---------------------------------------------------------------------------

  private String launch(StageRun run, Progress progress) {
    base = calls.image(plan.region, plan.baseImage);
    RunInstancesRequest req = builderRequest(plan);
    List<Instance> started = engine.runner().callNow(plan.region, Ec2Action.RUN_INSTANCES,
        c -> engine.provider().runInstances(c, req));
    for (Instance i : started) {
      builders.add(i.id());
      run.made(BakeResource.of(BakeResource.Kind.INSTANCE, i.id().value(), plan.region));
    }
    progress.report(builders.toString(), "requested", "builder launched from " + base.id() + " (" + base.name() + ")");
    await(engine.instances(plan.region).awaitStarted(builders, "Bake launch", progress, engine.deadline()));
    return "builder " + builders + " (" + plan.instanceType + ") started from " + base.id() + " (" + base.name() + ")";
  }

  private String customize(StageRun run, Progress progress) {
    Instant deadline = engine.clock().instant().plus(plan.customizeTimeout);
    try {
      await(engine.instances(plan.region).awaitStopped(builders, "Bake customization", progress, deadline));
    } catch (AmiTimeoutException e) {
      throw new AmiTimeoutException("The user data of builder " + builders + " did not power it off within "
          + plan.customizeTimeout + ": the script failed, hangs, or does not end with a shutdown"
          + " (read the instance's console output). " + e.getMessage(), e.waited());
    }
    return "user data ran and powered builder " + builders + " off";
  }

  private String createImage(StageRun run, Progress progress) {
    CreateImageSpec spec = amis.create().fromInstance(builders.get(0)).in(plan.region).named(plan.imageName)
        .noReboot().tags(imageTags());
    plan.description.ifPresent(spec::description);
    snapshotTags().forEach(spec::snapshotTag);
    try {
      image = await(told(spec.submit(), progress));
    } catch (AmiImageFailedException e) {
      recordImage(run, plan.region, e.image());
      throw e;
    }
    recordImage(run, plan.region, image);
    terminateBuilders(run);
    return "image " + image.id() + " (" + image.name() + ") available with snapshots " + image.snapshotIds()
        + "; builder terminated";
  }

  private String copy(StageRun run, Progress progress) {
    if (plan.copies.isEmpty()) {
      return null;
    }
    Map<Region, Pending<Map<Region, Image>>> pending = new LinkedHashMap<>();
    try {
      for (Map.Entry<Region, Optional<KmsKey>> e : plan.copies.entrySet()) {
        CopySpec spec = amis.copy(image.id()).from(plan.region).to(e.getKey()).named(image.name()).copyTags();
        plan.description.ifPresent(spec::description);
        e.getValue().ifPresent(k -> spec.encryptedWith(r -> k));
        pending.put(e.getKey(), told(spec.submit(), progress));
      }
      for (Map.Entry<Region, Pending<Map<Region, Image>>> e : pending.entrySet()) {
        Region r = e.getKey();
        Image copy = await(e.getValue()).get(r);
        copies.put(r, copy);
        recordImage(run, r, copy);
        // CopyImage tags the image only: the copy's snapshots get the bake's tags here.
        calls.tag(r, copy.snapshotIds(), snapshotTags());
      }
    } finally {
      pending.values().forEach(Pending::cancel);
    }
    return "copied to " + copies.entrySet().stream().map(e -> e.getValue().id() + " in " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  private String share(StageRun run, Progress progress) {
    if (plan.shareWith.isEmpty()) {
      return null;
    }
    List<String> notes = new ArrayList<>();
    for (Map.Entry<Region, Image> e : allImages().entrySet()) {
      checkCancelled();
      SharingSpec spec = amis.sharing(e.getValue().id()).in(e.getKey())
          .grant(plan.shareWith.toArray(new LaunchPermission[0]));
      if (plan.shareSnapshots) {
        spec.includeSnapshots();
      }
      SharingResult res = spec.apply();
      res.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
    }
    return "granted " + plan.shareWith + " on " + allImages().size() + " image(s)"
        + (plan.shareSnapshots ? " and their snapshots" : "")
        + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
  }

  private String retireSettings(StageRun run, Progress progress) {
    List<String> done = new ArrayList<>();
    Optional<Instant> deprecation = plan.deprecateAt
        .or(() -> plan.deprecateAfter.map(d -> engine.clock().instant().plus(d)));
    if (deprecation.isPresent()) {
      for (Map.Entry<Region, Image> e : allImages().entrySet()) {
        checkCancelled();
        amis.retire(e.getValue().id()).in(e.getKey()).deprecateAt(deprecation.get()).apply();
      }
      done.add("deprecation at " + deprecation.get());
    }
    // The completion mark goes on before protection: once protected, a rollback may be unable to
    // remove an image, and the sweeper must never take a finished image for a crashed bake's.
    for (Map.Entry<Region, Image> e : allImages().entrySet()) {
      checkCancelled();
      calls.tag(e.getKey(), List.of(e.getValue().id()), Map.of(BakeTags.BAKE_STATE, BakeTags.COMPLETE));
    }
    done.add("marked " + BakeTags.BAKE_STATE + "=" + BakeTags.COMPLETE);
    if (plan.protect) {
      for (Map.Entry<Region, Image> e : allImages().entrySet()) {
        checkCancelled();
        amis.retire(e.getValue().id()).in(e.getKey()).protect(plan.protectWithCooldown).apply();
        protectedImages.put(e.getValue().id(), e.getKey());
      }
      done.add("deregistration protection" + (plan.protectWithCooldown ? " with cooldown" : ""));
    }
    return String.join(", ", done);
  }

  private void checkCancelled() {
    if (cancelled) {
      throw new AmiException("ami4j.Cancelled", "cancelled", null, false, null);
    }
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

  private void terminateBuilders(StageRun run) {
    calls.terminate(plan.region, builders);
    buildersTerminated = true;
    builders.forEach(i -> run.cleaned(BakeResource.of(BakeResource.Kind.INSTANCE, i.value(), plan.region)));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private Map<Region, Image> allImages() {
    Map<Region, Image> all = new LinkedHashMap<>();
    all.put(plan.region, image);
    all.putAll(copies);
    return all;
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
