package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import java.util.List;
import org.immutables.value.Value;

/**
 * One EC2 filter: a name such as {@code name}, {@code state} or {@code tag:env}, and the values
 * any of which may match ({@code *} and {@code ?} are wildcards).
 */
@Value.Immutable
public abstract class Filter {
  /** The filter name. */
  public abstract String name();

  /** The values; a resource matches if any value matches. */
  public abstract List<String> values();

  @Value.Check
  protected void check() {
    Check.that(!name().isEmpty(), "filter name", name(), "must not be empty");
    Check.that(!values().isEmpty(), "filter " + name(), values(), "must have at least one value");
  }

  /**
   * Makes a filter.
   *
   * @param name the filter name
   * @param values its values
   * @return the filter
   */
  public static Filter of(String name, String... values) {
    Check.notNull("filter name", name);
    return ImmutableFilter.builder().name(name).addAllValues(Check.noNulls("filter " + name, values)).build();
  }

  /**
   * Makes a filter.
   *
   * @param name the filter name
   * @param values its values
   * @return the filter
   */
  public static Filter of(String name, Iterable<String> values) {
    Check.notNull("filter name", name);
    Check.notNull("filter " + name, values).forEach(v -> Check.notNull("filter " + name, v));
    return ImmutableFilter.builder().name(name).addAllValues(values).build();
  }
}
