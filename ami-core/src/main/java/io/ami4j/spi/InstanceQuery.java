package io.ami4j.spi;

import io.ami4j.model.Filter;
import io.ami4j.model.InstanceId;
import java.util.List;
import org.immutables.value.Value;

/** What DescribeInstances is asked. */
@Value.Immutable
public abstract class InstanceQuery {
  /** Instance ids (empty: any). */
  public abstract List<InstanceId> instanceIds();

  /** Filters, e.g. {@code image-id}, {@code instance-state-name}, {@code tag:KEY}. */
  public abstract List<Filter> filters();

  /**
   * A query for these ids.
   *
   * @param ids the ids
   * @return the query
   */
  public static InstanceQuery byIds(List<InstanceId> ids) {
    return builder().addAllInstanceIds(ids).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InstanceQuery}. */
  public static final class Builder extends ImmutableInstanceQuery.Builder {}
}
