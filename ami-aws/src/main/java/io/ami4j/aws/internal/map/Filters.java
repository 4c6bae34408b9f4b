package io.ami4j.aws.internal.map;

import io.ami4j.model.Filter;
import java.util.List;
import java.util.stream.Collectors;

/** ami4j's filters as EC2's {@code Filter.N.Name} / {@code Filter.N.Value.M}. */
public final class Filters {
  private Filters() {}

  /**
   * Maps filters.
   *
   * @param filters ami4j's filters
   * @return the SDK's
   */
  public static List<software.amazon.awssdk.services.ec2.model.Filter> toSdk(List<Filter> filters) {
    return filters.stream()
        .map(f -> software.amazon.awssdk.services.ec2.model.Filter.builder().name(f.name()).values(f.values()).build())
        .collect(Collectors.toList());
  }
}
