package io.ami4j.spi;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of an answer that a provider could not turn into ami4j's model: it has no id, or a
 * required field is missing or unreadable. (A value ami4j does not know never makes an item
 * unmapped: the item keeps it.) A {@link Page} carries these beside its items, so that a listing,
 * a cleanup plan or a wait can tell a short answer from a complete one, and fail loudly.
 */
@Value.Immutable
public abstract class Unmapped {
  Unmapped() {}

  /**
   * An unmapped item.
   *
   * @param kind what it is, e.g. {@code image}
   * @param id its id as EC2 wrote it, or {@code null} when it has none
   * @param reason why it could not be mapped
   * @return the entry
   */
  public static Unmapped of(String kind, String id, String reason) {
    return ImmutableUnmapped.of(kind, Optional.ofNullable(id == null || id.isEmpty() ? null : id), reason);
  }

  /** What the item is, e.g. {@code image}. */
  @Value.Parameter(order = 0)
  public abstract String kind();

  /** Its id as EC2 wrote it, when it has one. */
  @Value.Parameter(order = 1)
  public abstract Optional<String> id();

  /** Why it could not be mapped. */
  @Value.Parameter(order = 2)
  public abstract String reason();

  @Override
  public String toString() {
    return kind() + " " + id().orElse("without an id") + ": " + reason();
  }
}
