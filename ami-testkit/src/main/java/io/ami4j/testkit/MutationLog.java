package io.ami4j.testkit;

import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every change of EC2-visible state in the world, in order: which account did what to which
 * resource, when. Lets a test prove that a dry run, or a refused call, changed nothing.
 *
 * <pre>{@code
 * int mark = world.mutations().size();
 * amis.cleanup()...plan().submit().await(); // a dry run
 * assertThat(world.mutations().since(mark)).isEmpty();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class MutationLog {
  /**
   * One change.
   *
   * @param time when it happened, on the world's clock
   * @param account the account that made it (the owner, for scenario setup)
   * @param region the region
   * @param action EC2's action name, e.g. {@code CreateImage}
   * @param resourceId the resource changed, e.g. {@code ami-…}
   * @param description what changed, for a human
   */
  public record Entry(Instant time, AccountId account, Region region, String action,
      String resourceId, String description) {
    /** Checks that no component is {@code null}. */
    public Entry {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(resourceId, "resourceId");
      Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
      return time + " " + account + " " + region + " " + action + " " + resourceId + ": " + description;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /** An empty log; the world makes its own. */
  public MutationLog() {}

  /**
   * Appends an entry.
   *
   * @param entry the change
   */
  public synchronized void record(Entry entry) {
    entries.add(Objects.requireNonNull(entry, "entry"));
  }

  /** How many changes so far; use as a mark for {@link #since(int)}. */
  public synchronized int size() {
    return entries.size();
  }

  /** Every change so far, oldest first. */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /**
   * The changes made after a mark.
   *
   * @param mark a value {@link #size()} returned earlier
   * @return the changes since, oldest first
   */
  public synchronized List<Entry> since(int mark) {
    if (mark < 0 || mark > entries.size()) {
      throw new IllegalArgumentException("Mark " + mark + " is not between 0 and " + entries.size());
    }
    return List.copyOf(entries.subList(mark, entries.size()));
  }

  /**
   * The changes made by one action, e.g. {@code CopyImage}.
   *
   * @param action EC2's action name
   * @return those changes, oldest first
   */
  public synchronized List<Entry> byAction(String action) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.action().equals(action)) {
        out.add(e);
      }
    }
    return out;
  }
}
