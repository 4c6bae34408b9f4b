package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.call.Paging;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Filter;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.Tags;
import io.ami4j.model.VolumeId;
import io.ami4j.model.WireValue;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A DescribeSnapshots query: owners, ids, and a method per common filter. Iterating it fetches one
 * page at a time, only when needed. Without an owner, DescribeSnapshots lists every snapshot the
 * account may use, public ones of anybody included: name an owner for the account's own.
 *
 * <pre>{@code
 * List<Snapshot> mine = amis.snapshots().query().ownedBy(Owner.SELF).tagged("env", "prod").list();
 * for (Snapshot s : amis.snapshots().query().ownedBy(Owner.SELF).state(SnapshotState.COMPLETED)) { ... }
 * }</pre>
 */
public final class SnapshotSearch implements Iterable<Snapshot> {
  private final Engine engine;
  private final Region region;
  private final SnapshotQuery.Builder query = SnapshotQuery.builder();
  private int pageSize = 1000;

  SnapshotSearch(Engine engine, Region region) {
    this.engine = engine;
    this.region = region;
  }

  /**
   * Only snapshots of these owners ({@code OwnerIds}).
   *
   * @param owners e.g. {@link Owner#SELF}, {@code Owner.account("123456789012")}
   * @return this query
   */
  public SnapshotSearch ownedBy(Owner... owners) {
    for (Owner o : Check.notNull("owners", owners)) {
      query.addOwners(Check.notNull("owner", o));
    }
    return this;
  }

  /**
   * These snapshots only ({@code SnapshotIds}); one that does not exist fails the query with
   * {@code InvalidSnapshot.NotFound}, as EC2 does.
   *
   * @param ids the ids
   * @return this query
   */
  public SnapshotSearch ids(SnapshotId... ids) {
    for (SnapshotId i : Check.notNull("snapshotIds", ids)) {
      query.addSnapshotIds(Check.notNull("snapshotId", i));
    }
    return this;
  }

  /**
   * Filter {@code tag:KEY} (any of the values).
   *
   * @param key the key
   * @param values the values, at least one
   * @return this query
   */
  public SnapshotSearch tagged(String key, String... values) {
    Tags.checkTagKey(key);
    Check.that(values != null && values.length > 0, "tag:" + key, values, "must have at least one value");
    return filter("tag:" + key, values);
  }

  /**
   * Filter {@code tag-key}.
   *
   * @param keys the keys
   * @return this query
   */
  public SnapshotSearch withTagKey(String... keys) {
    for (String k : Check.noNulls("tag keys", keys)) {
      Tags.checkTagKey(k);
    }
    return filter("tag-key", keys);
  }

  /**
   * Filter {@code status}.
   *
   * @param states the states
   * @return this query
   */
  public SnapshotSearch state(SnapshotState... states) {
    List<SnapshotState> list = Check.noNulls("state", states);
    list.forEach(s -> Check.that(s.isKnown(), "state", s, "must be a state EC2 knows, not UNKNOWN"));
    return filter("status", list.stream().map(WireValue::wireValue).collect(Collectors.toList()));
  }

  /**
   * Filter {@code volume-id}: snapshots of a volume.
   *
   * @param volume the volume
   * @return this query
   */
  public SnapshotSearch ofVolume(VolumeId volume) {
    return filter("volume-id", Check.notNull("volumeId", volume).value());
  }

  /**
   * Filter {@code description}, wildcards {@code *} and {@code ?}.
   *
   * @param patterns e.g. {@code Created by CreateImage(*) for ami-0123456789abcdef0}
   * @return this query
   */
  public SnapshotSearch described(String... patterns) {
    return filter("description", patterns);
  }

  /**
   * Filter {@code encrypted}.
   *
   * @param value whether encrypted
   * @return this query
   */
  public SnapshotSearch encrypted(boolean value) {
    return filter("encrypted", String.valueOf(value));
  }

  /**
   * Filter {@code kms-key-id}.
   *
   * @param key the key
   * @return this query
   */
  public SnapshotSearch encryptedWith(KmsKey key) {
    return filter("kms-key-id", Check.notNull("kmsKey", key).value());
  }

  /**
   * Any other DescribeSnapshots filter by name.
   *
   * @param name the filter name, e.g. {@code volume-size}
   * @param values its values
   * @return this query
   */
  public SnapshotSearch filter(String name, String... values) {
    query.addFilters(Filter.of(name, values));
    return this;
  }

  private SnapshotSearch filter(String name, List<String> values) {
    query.addFilters(Filter.of(name, values));
    return this;
  }

  /**
   * Items per page ({@code MaxResults}).
   *
   * @param size 5 to 1000 (EC2's bounds)
   * @return this query
   */
  public SnapshotSearch pageSize(int size) {
    this.pageSize = Check.inRange("pageSize", size, 5, 1000);
    return this;
  }

  /** The query as DescribeSnapshots gets it. */
  public SnapshotQuery toQuery() {
    return query.build();
  }

  /**
   * Runs {@code action} on every matching snapshot, page by page.
   *
   * @param action what to do with each snapshot
   * @throws AmiValidationException when {@code action} is null
   */
  @Override
  public void forEach(java.util.function.Consumer<? super Snapshot> action) {
    Check.notNull("action", action);
    Iterable.super.forEach(action);
  }

  /** Every matching snapshot, fetching a page when the one before is used up. */
  @Override
  public Iterator<Snapshot> iterator() {
    SnapshotQuery q = toQuery();
    // EC2 refuses MaxResults together with SnapshotIds.
    PageRequest first = q.snapshotIds().isEmpty() ? PageRequest.ofSize(pageSize) : PageRequest.first();
    return Paging.iterator(engine.runner(), region, Ec2Action.DESCRIBE_SNAPSHOTS, first,
        (c, p) -> engine.provider().describeSnapshots(c, q, p));
  }

  /** Every matching snapshot as a lazy stream (pages fetched as it is consumed). */
  public Stream<Snapshot> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Every matching snapshot, all pages read. */
  public List<Snapshot> list() {
    return stream().collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return "SnapshotSearch[" + region + ", " + toQuery() + "]";
  }
}
