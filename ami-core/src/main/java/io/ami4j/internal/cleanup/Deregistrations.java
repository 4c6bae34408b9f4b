package io.ami4j.internal.cleanup;

import io.ami4j.AmiException;
import io.ami4j.cleanup.CleanupResult.ImageOutcome;
import io.ami4j.cleanup.CleanupResult.SnapshotOutcome;
import io.ami4j.internal.bulk.BulkScheduler;
import io.ami4j.internal.bulk.NotStartedException;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.call.Paging;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deregisters planned images through the bulk scheduler: one DeregisterImage call per image, with
 * {@code DeleteAssociatedSnapshots} when snapshots go too (EC2 itself skips a snapshot another
 * image still uses, and says so). When the answer leaves the outcome unclear — the answer was
 * lost, the backend failed after retries, or a retry met "already deregistered" — the image and
 * its snapshots are described again and the report says what the backend shows, so that a
 * report never claims a failure that in fact succeeded, or the reverse.
 */
public final class Deregistrations {
  private static final Logger LOG = LoggerFactory.getLogger(Deregistrations.class);
  private static final Set<String> GONE = Set.of("InvalidAMIID.Unavailable", "InvalidAMIID.NotFound");

  private final AmiProvider provider;
  private final BulkScheduler bulk;
  private final CallRunner runner;

  /**
   * For one client.
   *
   * @param provider the backend
   * @param bulk the client's bulk scheduler
   * @param runner the client's call runner, for the checks after unclear answers
   */
  public Deregistrations(AmiProvider provider, BulkScheduler bulk, CallRunner runner) {
    this.provider = provider;
    this.bulk = bulk;
    this.runner = runner;
  }

  /**
   * Deregisters one image.
   *
   * @param region the region
   * @param image the image as planned
   * @param deleteSnapshots whether its snapshots go too
   * @param deadline no call starts after it
   * @return what happened; never completes exceptionally
   */
  public CompletableFuture<Removal> deregister(Region region, Image image, boolean deleteSnapshots, Instant deadline) {
    ImageId id = image.id();
    return bulk.submit(region, Ec2Action.DEREGISTER_IMAGE, deadline, "DeregisterImage " + id,
        c -> provider.deregisterImage(c, id, deleteSnapshots))
        .handle((r, e) -> e == null ? CompletableFuture.completedFuture(answered(image, r, deleteSnapshots))
            : failed(region, image, deleteSnapshots, CallRunner.unwrap(e)))
        .thenCompose(f -> f);
  }

  private static Removal answered(Image image, DeregisterImageAnswer r, boolean deleteSnapshots) {
    List<Removal.Fate> fates = new ArrayList<>();
    if (!deleteSnapshots) {
      image.snapshotIds().forEach(s -> fates.add(new Removal.Fate(s, SnapshotOutcome.KEPT, "not asked to delete")));
    } else {
      for (SnapshotDeletion d : r.snapshots()) {
        fates.add(fate(d));
      }
      // A snapshot the image had but EC2 did not mention: say so rather than drop it.
      for (SnapshotId s : image.snapshotIds()) {
        if (r.snapshots().stream().noneMatch(d -> d.snapshotId().equals(s))) {
          fates.add(new Removal.Fate(s, SnapshotOutcome.UNKNOWN, "not in DeregisterImage's answer"));
        }
      }
    }
    return new Removal(image.id(), ImageOutcome.DEREGISTERED, "", fates);
  }

  private static Removal.Fate fate(SnapshotDeletion d) {
    switch (d.outcome()) {
      case SUCCESS:
        return new Removal.Fate(d.snapshotId(), SnapshotOutcome.DELETED, "");
      case SKIPPED:
        return new Removal.Fate(d.snapshotId(), SnapshotOutcome.SKIPPED, "EC2 kept it: another image uses it");
      default:
        return new Removal.Fate(d.snapshotId(), SnapshotOutcome.FAILED,
            d.unknownValues().getOrDefault("outcome", d.outcome().wireValue()));
    }
  }

  private CompletableFuture<Removal> failed(Region region, Image image, boolean deleteSnapshots, Throwable t) {
    if (t instanceof NotStartedException) {
      return CompletableFuture.completedFuture(new Removal(image.id(), ImageOutcome.NOT_DONE, t.getMessage(),
          notDone(image, "the image was not deregistered")));
    }
    AmiException ae = t instanceof AmiException e ? e : null;
    String error = ae == null ? String.valueOf(t) : ae.errorCode() + ": " + ae.getMessage();
    if (!unclear(t)) {
      return CompletableFuture.completedFuture(new Removal(image.id(), ImageOutcome.FAILED, error,
          notDone(image, "the image was not deregistered")));
    }
    LOG.debug("DeregisterImage {} answered {}: asking the backend what happened", image.id(), error);
    return check(region, image, deleteSnapshots, error);
  }

  /**
   * The one rule, for cleanup and {@code deregister()} alike, of a DeregisterImage that failed in a
   * way that may hide a success: a retryable failure (the answer of an applied attempt may have
   * been lost), an answer that the image is gone (an earlier attempt, or someone else, removed it),
   * or a failure that is not the backend's answer. Such a failure is settled by asking the backend
   * ({@link #check}); any other failure stands.
   *
   * @param failure the failure, unwrapped
   * @return whether to ask the backend what happened
   */
  public static boolean unclear(Throwable failure) {
    if (!(failure instanceof AmiException ae)) {
      return true;
    }
    return ae.retryable() || GONE.contains(ae.errorCode());
  }

  /**
   * Asks the backend what an unclear DeregisterImage did: whether the image is still registered,
   * and which of its snapshots are gone.
   *
   * @param region the region
   * @param image the image as it was before
   * @param deleteSnapshots whether its snapshots were to go too
   * @param error the unclear answer, for the report
   * @return deregistered (with each snapshot's fate), failed (still registered), or unknown
   */
  public CompletableFuture<Removal> check(Region region, Image image, boolean deleteSnapshots, String error) {
    ImageQuery q = ImageQuery.builder().addFilters(Filter.of("image-id", image.id().value()))
        .includeDeprecated(true).includeDisabled(true).build();
    return runner.call(region, Ec2Action.DESCRIBE_IMAGES, c -> provider.describeImages(c, q, PageRequest.first()))
        .thenCompose(p -> {
          Image now = p.complete("DescribeImages").items().stream().filter(i -> i.id().equals(image.id())).findFirst().orElse(null);
          if (now != null && now.state() != ImageState.DEREGISTERED) {
            return CompletableFuture.completedFuture(new Removal(image.id(), ImageOutcome.FAILED, error,
                notDone(image, "the image was not deregistered")));
          }
          String note = "confirmed by DescribeImages after an unclear answer (" + error + ")";
          if (!deleteSnapshots || image.snapshotIds().isEmpty()) {
            List<Removal.Fate> fates = new ArrayList<>();
            image.snapshotIds().forEach(s -> fates.add(new Removal.Fate(s, SnapshotOutcome.KEPT, "not asked to delete")));
            return CompletableFuture.completedFuture(new Removal(image.id(), ImageOutcome.DEREGISTERED, note, fates));
          }
          return snapshotFates(region, image).thenApply(fates -> new Removal(image.id(), ImageOutcome.DEREGISTERED,
              note, fates));
        })
        .exceptionally(e -> {
          List<Removal.Fate> fates = new ArrayList<>();
          image.snapshotIds().forEach(s -> fates.add(new Removal.Fate(s, SnapshotOutcome.UNKNOWN,
              "the image's outcome is unknown")));
          return new Removal(image.id(), ImageOutcome.UNKNOWN, error + "; and checking what happened failed: "
              + CallRunner.unwrap(e).getMessage(), fates);
        });
  }

  /**
   * What became of the snapshots of an image that is gone, when EC2's answer was not heard. A
   * snapshot that is gone was deleted; one that is still there was skipped only when something
   * EC2 skips for still uses it (another image, or the image itself from the Recycle Bin), and
   * otherwise EC2 failed to delete it. When the snapshots cannot be described, their outcome is
   * unknown — never "skipped".
   */
  private CompletableFuture<List<Removal.Fate>> snapshotFates(Region region, Image image) {
    List<String> ids = image.snapshotIds().stream().map(SnapshotId::value).collect(Collectors.toList());
    // No owner filter: a snapshot the image used may belong to another account.
    SnapshotQuery sq = SnapshotQuery.builder().addFilters(Filter.of("snapshot-id", ids)).build();
    return Paging.allAsync("DescribeSnapshots", PageRequest.first(), page -> runner.call(region,
        Ec2Action.DESCRIBE_SNAPSHOTS, c -> provider.describeSnapshots(c, sq, page)))
        .thenCompose(snaps -> {
          Set<SnapshotId> left = snaps.stream().map(Snapshot::id).collect(Collectors.toSet());
          if (left.isEmpty()) {
            return CompletableFuture.completedFuture(fates(image, left, Set.of(), false));
          }
          ImageQuery users = ImageQuery.builder().includeDeprecated(true).includeDisabled(true)
              .addFilters(Filter.of("block-device-mapping.snapshot-id",
                  left.stream().map(SnapshotId::value).sorted().collect(Collectors.toList()))).build();
          CompletableFuture<Set<SnapshotId>> used = Paging.allAsync("DescribeImages", PageRequest.first(),
              page -> runner.call(region, Ec2Action.DESCRIBE_IMAGES, c -> provider.describeImages(c, users, page)))
              .thenApply(imgs -> imgs.stream().filter(i -> !i.id().equals(image.id())
                      && i.state() != ImageState.DEREGISTERED)
                  .flatMap(i -> i.snapshotIds().stream()).collect(Collectors.toSet()));
          CompletableFuture<Boolean> inBin = Paging.allAsync("ListImagesInRecycleBin", PageRequest.first(),
              page -> runner.call(region, Ec2Action.LIST_IMAGES_IN_RECYCLE_BIN,
                  c -> provider.listImagesInRecycleBin(c, List.of(image.id()), page)))
              .thenApply(bin -> bin.stream().anyMatch(b -> b.imageId().equals(image.id())));
          return used.thenCombine(inBin, (u, b) -> fates(image, left, u, b));
        })
        .exceptionally(e -> {
          List<Removal.Fate> fates = new ArrayList<>();
          image.snapshotIds().forEach(s -> fates.add(new Removal.Fate(s, SnapshotOutcome.UNKNOWN,
              "the image is gone; describing its snapshots failed: " + CallRunner.unwrap(e).getMessage())));
          return fates;
        });
  }

  private static List<Removal.Fate> fates(Image image, Set<SnapshotId> left, Set<SnapshotId> usedElsewhere,
      boolean imageInRecycleBin) {
    List<Removal.Fate> fates = new ArrayList<>();
    for (SnapshotId s : image.snapshotIds()) {
      if (!left.contains(s)) {
        fates.add(new Removal.Fate(s, SnapshotOutcome.DELETED, "gone, as DescribeSnapshots shows"));
      } else if (usedElsewhere.contains(s)) {
        fates.add(new Removal.Fate(s, SnapshotOutcome.SKIPPED, "still exists: EC2 kept it (another image uses it)"));
      } else if (imageInRecycleBin) {
        fates.add(new Removal.Fate(s, SnapshotOutcome.SKIPPED, "still exists: EC2 kept it (its image is in the Recycle Bin)"));
      } else {
        fates.add(new Removal.Fate(s, SnapshotOutcome.FAILED,
            "still exists, and no other image uses it: EC2 did not delete it"));
      }
    }
    return fates;
  }

  private static List<Removal.Fate> notDone(Image image, String why) {
    List<Removal.Fate> fates = new ArrayList<>();
    image.snapshotIds().forEach(s -> fates.add(new Removal.Fate(s, SnapshotOutcome.NOT_DONE, why)));
    return fates;
  }
}
