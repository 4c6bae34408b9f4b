package io.ami4j.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * An item of an answer that a provider could not turn into ami4j's model: it has no id, or a
 * required field is missing or unreadable. (A value ami4j does not know never makes an item
 * unmapped: the item keeps it.) A {@link Page} carries these beside its items, so that a listing,
 * a cleanup plan or a wait can tell a short answer from a complete one, and fail loudly.
 */
public final class Unmapped {
  private final String kind;
  private final String id;
  private final String reason;

  private Unmapped(String kind, String id, String reason) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = id == null || id.isEmpty() ? null : id;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * An unmapped item.
   *
   * @param kind what it is, e.g. {@code image}
   * @param id its id as EC2 wrote it, or {@code null} when it has none
   * @param reason why it could not be mapped
   * @return the entry
   */
  public static Unmapped of(String kind, String id, String reason) {
    return new Unmapped(kind, id, reason);
  }

  /** What the item is, e.g. {@code image}. */
  public String kind() {
    return kind;
  }

  /** Its id as EC2 wrote it, when it has one. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** Why it could not be mapped. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Unmapped)) {
      return false;
    }
    Unmapped u = (Unmapped) o;
    return kind.equals(u.kind) && Objects.equals(id, u.id) && reason.equals(u.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, reason);
  }

  @Override
  public String toString() {
    return kind + " " + (id == null ? "without an id" : id) + ": " + reason;
  }
}
