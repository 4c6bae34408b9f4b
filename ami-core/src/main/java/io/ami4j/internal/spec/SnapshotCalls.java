package io.ami4j.internal.spec;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot calls of {@code amis.snapshots()}: "describe this snapshot, or NotFound", and a
 * DeleteSnapshot that stays idempotent across a lost answer.
 */
public final class SnapshotCalls {
  /** EC2's code for a snapshot that does not exist or is not visible. */
  public static final String NOT_FOUND = "InvalidSnapshot.NotFound";
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotCalls.class);

  private SnapshotCalls() {}

  /**
   * Describes one snapshot.
   *
   * @param engine the engine
   * @param region the region
   * @param id the snapshot
   * @param deadline no retry starts after it
   * @return the snapshot; or {@link AmiNotFoundException} when it does not exist or is not visible
   */
  public static CompletableFuture<Snapshot> describe(Engine engine, Region region, SnapshotId id, Instant deadline) {
    SnapshotQuery q = SnapshotQuery.byIds(List.of(id));
    return engine.runner().call(region, Ec2Action.DESCRIBE_SNAPSHOTS, deadline,
        c -> engine.provider().describeSnapshots(c, q, PageRequest.first()))
        .thenApply(p -> p.complete("DescribeSnapshots").items().stream().filter(s -> s.id().equals(id)).findFirst()
            .orElseThrow(() -> new AmiNotFoundException(NOT_FOUND, "The snapshot '" + id
                + "' does not exist in " + region + " or is not visible to this account", null)));
  }

  /**
   * Deletes one snapshot. When an attempt's answer was lost (a retryable failure) and the retry
   * meets {@code InvalidSnapshot.NotFound}, the lost attempt deleted it: that is success, not a
   * failure. A NotFound on the first answer stands.
   *
   * @param engine the engine
   * @param region the region
   * @param id the snapshot
   * @param deadline no retry starts after it
   * @return done; or the failure ({@code InvalidSnapshot.InUse} while an image uses it)
   */
  public static CompletableFuture<Void> delete(Engine engine, Region region, SnapshotId id, Instant deadline) {
    LostAnswer lost = new LostAnswer();
    CompletableFuture<Void> first = engine.runner().call(region, Ec2Action.DELETE_SNAPSHOT, deadline,
        lost.noting(c -> {
          engine.provider().deleteSnapshot(c, id);
          return null;
        }));
    return CallRunner.cancelling(first, first.exceptionallyCompose(failure -> {
      Throwable t = CallRunner.unwrap(failure);
      if (t instanceof AmiNotFoundException notFound && NOT_FOUND.equals(notFound.errorCode())
          && lost.mayHaveBeenLost()) {
        LOG.info("DeleteSnapshot {} in {}: an earlier attempt's answer was lost and the snapshot is gone;"
            + " taking it as deleted", id, region);
        return CompletableFuture.completedFuture(null);
      }
      return CompletableFuture.failedFuture(t);
    }));
  }
}
