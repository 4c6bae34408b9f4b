package io.ami4j;

import io.ami4j.cleanup.CleanupResult;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.call.DryRunVerdict;
import io.ami4j.internal.cleanup.Deregistrations;
import io.ami4j.internal.cleanup.Removal;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.OneImage;
import io.ami4j.internal.call.Paging;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.model.Instance;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Deregisters an image (DeregisterImage), with its snapshots if asked, and reports each snapshot.
 * Refused with a clear error when the image is protected, and — with {@link #onlyIfUnused()} —
 * when anything still uses it.
 *
 * <pre>{@code
 * DeregistrationResult r = amis.deregister(old.id()).deleteSnapshots().onlyIfUnused().submit().await();
 * }</pre>
 */
public final class DeregisterSpec {
  private final Engine engine;
  private final ImageId image;
  private boolean deleteSnapshots;
  private boolean onlyIfUnused;
  private Region region;

  DeregisterSpec(Engine engine, ImageId image) {
    this.engine = engine;
    this.image = image;
    this.region = engine.defaultRegion();
  }

  /**
   * The image's region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public DeregisterSpec in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * Deletes the image's snapshots in the same call ({@code DeleteAssociatedSnapshots}; snapshots
   * another image uses are skipped and reported).
   *
   * @return this spec
   */
  public DeregisterSpec deleteSnapshots() {
    this.deleteSnapshots = true;
    return this;
  }

  /**
   * First checks that nothing uses the image (DescribeImageReferences, and live instances
   * launched from it); refuses with {@link AmiConflictException} naming what does.
   *
   * @return this spec
   */
  public DeregisterSpec onlyIfUnused() {
    this.onlyIfUnused = true;
    return this;
  }

  /**
   * Checks, then deregisters.
   *
   * @return the pending report
   */
  public Pending<DeregistrationResult> submit() {
    Progress progress = engine.progress("DeregisterImage");
    Instant deadline = engine.deadline();
    CompletableFuture<DeregistrationResult> result = describe(deadline).thenCompose(img -> {
      if (img.isDeregistrationProtected()) {
        throw new AmiStateException("ami4j.DeregistrationProtected", "Refusing to deregister " + image + " ("
            + img.name() + "): deregistration protection is " + img.deregistrationProtection().orElse("on")
            + ". Turn it off first with retire(id).unprotect() (with cooldown it ends 24 hours later)", null);
      }
      CompletableFuture<Void> checked = onlyIfUnused ? checkUnused(deadline) : CompletableFuture.completedFuture(null);
      return checked.thenCompose(v -> engine.runner().call(region, Ec2Action.DEREGISTER_IMAGE, deadline,
          c -> engine.provider().deregisterImage(c, image, deleteSnapshots))
          .handle((r, e) -> e == null ? CompletableFuture.completedFuture(report(img, r))
              : unclear(img, CallRunner.unwrap(e))).thenCompose(f -> f));
    });
    CompletableFuture<DeregistrationResult> out = new CompletableFuture<>();
    result.whenComplete((r, e) -> {
      if (e != null) {
        Throwable cause = CallRunner.unwrap(e);
        progress.report(image.value(), "failed", String.valueOf(cause.getMessage()));
        out.completeExceptionally(cause);
      } else {
        progress.report(image.value(), "deregistered", r.toString());
        out.complete(r);
      }
    });
    return engine.pending(out, progress);
  }

  /**
   * Asks the backend whether DeregisterImage would be allowed, after ami4j's own checks
   * (protection, and usage with {@link #onlyIfUnused()}); changes nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRun() {
    Instant deadline = engine.deadline();
    try {
      Image img = engine.runner().join(describe(deadline));
      if (img.isDeregistrationProtected()) {
        return DryRunResult.refused("ami4j.DeregistrationProtected", image + " has deregistration protection on");
      }
      if (onlyIfUnused) {
        engine.runner().join(checkUnused(deadline));
      }
    } catch (AmiException e) {
      return DryRunVerdict.refusal(e);
    }
    return engine.runner().join(engine.runner().dryRun(region, Ec2Action.DEREGISTER_IMAGE,
        c -> engine.provider().deregisterImage(c, image, deleteSnapshots)));
  }

  /**
   * A failure that may hide a success, by cleanup's rule ({@link Deregistrations#unclear}): the
   * backend is asked what happened, and the report says what it shows; a failure stays a failure
   * only when the image is still registered.
   */
  private CompletableFuture<DeregistrationResult> unclear(Image img, Throwable t) {
    if (!Deregistrations.unclear(t)) {
      return CompletableFuture.failedFuture(t);
    }
    String error = t instanceof AmiException ae ? ae.errorCode() + ": " + t.getMessage() : String.valueOf(t);
    return new Deregistrations(engine.provider(), engine.bulk(), engine.runner())
        .check(region, img, deleteSnapshots, error).thenCompose(removal -> {
          if (removal.outcome() != CleanupResult.ImageOutcome.DEREGISTERED) {
            return CompletableFuture.failedFuture(t);
          }
          List<SnapshotDeletion> snaps = new ArrayList<>();
          List<SnapshotId> kept = new ArrayList<>();
          for (Removal.Fate f : removal.snapshots()) {
            if (f.outcome() == CleanupResult.SnapshotOutcome.KEPT) {
              kept.add(f.snapshot());
            } else {
              snaps.add(deletion(f));
            }
          }
          return CompletableFuture.completedFuture(DeregistrationResult.builder().imageId(image).snapshots(snaps)
              .kept(kept).build());
        });
  }

  /**
   * A snapshot's fate, as established after an unclear answer, in the report's terms: deleted and
   * skipped as shown; a failure keeps EC2's code when it answered one; anything else (a failure
   * whose code was not heard, an outcome that could not be established) is {@code UNKNOWN} with
   * what ami4j could tell — never {@code SKIPPED}.
   */
  static SnapshotDeletion deletion(Removal.Fate f) {
    switch (f.outcome()) {
      case DELETED:
        return SnapshotDeletion.of(f.snapshot(), SnapshotOutcome.SUCCESS);
      case SKIPPED:
        return SnapshotDeletion.of(f.snapshot(), SnapshotOutcome.SKIPPED);
      case FAILED:
        SnapshotOutcome code = SnapshotOutcome.fromAnswer(f.detail());
        if (code.isKnown() && code != SnapshotOutcome.SUCCESS && code != SnapshotOutcome.SKIPPED) {
          return SnapshotDeletion.of(f.snapshot(), code);
        }
        return unknown(f.snapshot(), "not deleted: " + f.detail());
      default:
        return unknown(f.snapshot(), f.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + (f.detail().isEmpty() ? "" : ": " + f.detail()));
    }
  }

  private static SnapshotDeletion unknown(SnapshotId id, String what) {
    return SnapshotDeletion.builder().snapshotId(id).outcome(SnapshotOutcome.UNKNOWN).putUnknownValues("outcome", what)
        .build();
  }

  private DeregistrationResult report(Image img, DeregisterImageAnswer r) {
    DeregistrationResult.Builder b = DeregistrationResult.builder().imageId(image).addAllSnapshots(r.snapshots());
    if (!deleteSnapshots) {
      return b.addAllKept(img.snapshotIds()).build();
    }
    // A snapshot the image had but EC2's answer does not mention is reported, not dropped.
    for (SnapshotId s : img.snapshotIds()) {
      if (r.snapshots().stream().noneMatch(d -> d.snapshotId().equals(s))) {
        b.addSnapshots(unknown(s, "not in DeregisterImage's answer"));
      }
    }
    return b.build();
  }

  private CompletableFuture<Image> describe(Instant deadline) {
    return OneImage.describe(engine, region, image, deadline);
  }

  private CompletableFuture<Void> checkUnused(Instant deadline) {
    CompletableFuture<List<ImageReference>> refs = all(Ec2Action.DESCRIBE_IMAGE_REFERENCES, deadline,
        (c, p) -> engine.provider().describeImageReferences(c, List.of(image), p));
    InstanceQuery q = InstanceQuery.builder().addFilters(Filter.of("image-id", image.value()),
        Filter.of("instance-state-name", "pending", "running", "stopping", "stopped")).build();
    CompletableFuture<List<Instance>> live = all(Ec2Action.DESCRIBE_INSTANCES, deadline,
        (c, p) -> engine.provider().describeInstances(c, q, p));
    return refs.thenCombine(live, (r, i) -> {
      List<String> users = new ArrayList<>();
      r.stream().filter(x -> x.imageId().equals(image))
          .forEach(x -> users.add(x.resourceType().wireValue() + " " + x.arn()));
      i.stream().filter(x -> x.state().isLive())
          .map(x -> "instance " + x.id() + " (" + x.state().wireValue() + ")")
          .filter(s -> users.stream().noneMatch(u -> u.contains(s.split(" ")[1])))
          .forEach(users::add);
      if (!users.isEmpty()) {
        throw new AmiConflictException("ami4j.ImageInUse", "Refusing to deregister " + image + ": it is in use by "
            + users.size() + " resource(s): " + users.stream().limit(20).collect(Collectors.joining(", "))
            + (users.size() > 20 ? ", …" : ""), null);
      }
      return null;
    });
  }

  private <T> CompletableFuture<List<T>> all(Ec2Action action, Instant deadline,
      BiFunction<io.ami4j.spi.Call, PageRequest, Page<T>> fetch) {
    return Paging.allAsync(action.wireName(), PageRequest.first(),
        page -> engine.runner().call(region, action, deadline, c -> fetch.apply(c, page)));
  }
}
