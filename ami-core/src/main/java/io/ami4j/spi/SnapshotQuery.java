package io.ami4j.spi;

import io.ami4j.model.Filter;
import io.ami4j.model.Owner;
import io.ami4j.model.SnapshotId;
import java.util.List;
import org.immutables.value.Value;

/** What DescribeSnapshots is asked. */
@Value.Immutable
public abstract class SnapshotQuery {
  /** Snapshot ids (empty: any). */
  public abstract List<SnapshotId> snapshotIds();

  /** Owners (empty: any visible). */
  public abstract List<Owner> owners();

  /** Filters. */
  public abstract List<Filter> filters();

  /**
   * A query for these ids.
   *
   * @param ids the ids
   * @return the query
   */
  public static SnapshotQuery byIds(List<SnapshotId> ids) {
    return builder().addAllSnapshotIds(ids).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnapshotQuery}. */
  public static final class Builder extends ImmutableSnapshotQuery.Builder {}
}
