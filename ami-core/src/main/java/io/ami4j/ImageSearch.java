package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.call.Paging;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A DescribeImages query: owners, executable-by, and a method per filter. Iterating it fetches one
 * page at a time, only when needed. A "newest" lookup ({@link #latest()}) refuses to run without
 * an owner, because the newest public image of a name can be anybody's (CVE-2018-15869).
 *
 * <pre>{@code
 * Optional<Image> newest = amis.images().query().ownedBy(Owner.SELF).named("web-*")
 *     .tagged("env", "prod").architecture(Architecture.ARM64).latest();
 * for (Image i : amis.images().query().ownedBy(Owner.SELF)) { ... }
 * }</pre>
 */
public final class ImageSearch implements Iterable<Image> {
  private final Engine engine;
  private final Region region;
  private final ImageQuery.Builder query = ImageQuery.builder();
  private int pageSize = 1000;

  ImageSearch(Engine engine, Region region) {
    this.engine = engine;
    this.region = region;
  }

  /**
   * Only images of these owners ({@code Owners}).
   *
   * @param owners e.g. {@link Owner#SELF}, {@link Owner#AMAZON}, {@code Owner.account("123456789012")}
   * @return this query
   */
  public ImageSearch ownedBy(Owner... owners) {
    for (Owner o : Check.notNull("owners", owners)) {
      query.addOwners(Check.notNull("owner", o));
    }
    return this;
  }

  /**
   * Only images these accounts may launch ({@code ExecutableUsers}).
   *
   * @param accounts the accounts
   * @return this query
   */
  public ImageSearch executableBy(AccountId... accounts) {
    for (AccountId a : Check.notNull("executableBy", accounts)) {
      query.addExecutableBy(Check.notNull("executableBy", a).value());
    }
    return this;
  }

  /**
   * Only images the calling account may launch, its own or shared with it ({@code ExecutableUsers=self}).
   *
   * @return this query
   */
  public ImageSearch executableBySelf() {
    query.addExecutableBy("self");
    return this;
  }

  /**
   * These images only.
   *
   * @param ids the ids
   * @return this query
   */
  public ImageSearch ids(ImageId... ids) {
    for (ImageId i : Check.notNull("imageIds", ids)) {
      query.addImageIds(Check.notNull("imageId", i));
    }
    return this;
  }

  /**
   * Filter {@code name}, wildcards {@code *} and {@code ?}.
   *
   * @param patterns e.g. {@code web-*}
   * @return this query
   */
  public ImageSearch named(String... patterns) {
    query.name(patterns);
    return this;
  }

  /**
   * Filter {@code tag:KEY} (any of the values).
   *
   * @param key the key
   * @param values the values
   * @return this query
   */
  public ImageSearch tagged(String key, String... values) {
    query.tag(key, values);
    return this;
  }

  /**
   * Filter {@code tag-key}.
   *
   * @param keys the keys
   * @return this query
   */
  public ImageSearch withTagKey(String... keys) {
    query.tagKey(keys);
    return this;
  }

  /**
   * Filter {@code architecture}.
   *
   * @param values the architectures
   * @return this query
   */
  public ImageSearch architecture(Architecture... values) {
    query.architecture(Check.noNulls("architecture", values).toArray(new Architecture[0]));
    return this;
  }

  /**
   * Filter {@code state}.
   *
   * @param states the states
   * @return this query
   */
  public ImageSearch state(ImageState... states) {
    query.state(Check.noNulls("state", states).toArray(new ImageState[0]));
    return this;
  }

  /**
   * Filter {@code root-device-type}.
   *
   * @param type the type
   * @return this query
   */
  public ImageSearch rootDeviceType(RootDeviceType type) {
    query.rootDeviceType(Check.notNull("rootDeviceType", type));
    return this;
  }

  /**
   * Filter {@code virtualization-type}.
   *
   * @param type the type
   * @return this query
   */
  public ImageSearch virtualizationType(VirtualizationType type) {
    query.virtualizationType(Check.notNull("virtualizationType", type));
    return this;
  }

  /**
   * Filter {@code is-public}.
   *
   * @param value whether public
   * @return this query
   */
  public ImageSearch isPublic(boolean value) {
    query.isPublic(value);
    return this;
  }

  /**
   * Filter {@code owner-alias}.
   *
   * @param aliases e.g. {@code amazon}
   * @return this query
   */
  public ImageSearch ownerAlias(String... aliases) {
    query.ownerAlias(aliases);
    return this;
  }

  /**
   * Filter {@code product-code}.
   *
   * @param codes the codes
   * @return this query
   */
  public ImageSearch productCode(String... codes) {
    query.productCode(codes);
    return this;
  }

  /**
   * Filter {@code source-image-id}: copies of an image.
   *
   * @param id the source image
   * @return this query
   */
  public ImageSearch copiedFrom(ImageId id) {
    query.sourceImageId(Check.notNull("sourceImageId", id));
    return this;
  }

  /**
   * Filter {@code creation-date}.
   *
   * @param pattern ISO-8601 text with wildcards, e.g. {@code 2026-11-*}
   * @return this query
   */
  public ImageSearch createdOn(String pattern) {
    query.creationDate(pattern);
    return this;
  }

  /**
   * Filter {@code block-device-mapping.FIELD}.
   *
   * @param field e.g. {@code snapshot-id}, {@code encrypted}, {@code volume-type}
   * @param values the values
   * @return this query
   */
  public ImageSearch blockDeviceMapping(String field, String... values) {
    query.blockDeviceMapping(field, values);
    return this;
  }

  /**
   * Any other EC2 filter by name.
   *
   * @param name the filter name, e.g. {@code platform}
   * @param values its values
   * @return this query
   */
  public ImageSearch filter(String name, String... values) {
    query.addFilters(Filter.of(name, values));
    return this;
  }

  /**
   * Lists deprecated images too.
   *
   * @return this query
   */
  public ImageSearch includeDeprecated() {
    query.includeDeprecated(true);
    return this;
  }

  /**
   * Lists disabled images too.
   *
   * @return this query
   */
  public ImageSearch includeDisabled() {
    query.includeDisabled(true);
    return this;
  }

  /**
   * Items per page ({@code MaxResults}).
   *
   * @param size 5 to 1000 (EC2's bounds)
   * @return this query
   */
  public ImageSearch pageSize(int size) {
    this.pageSize = Check.inRange("pageSize", size, 5, 1000);
    return this;
  }

  /** The query as DescribeImages gets it. */
  public ImageQuery toQuery() {
    return query.build();
  }

  /**
   * Runs {@code action} on every matching image, page by page.
   *
   * @param action what to do with each image
   * @throws AmiValidationException when {@code action} is null
   */
  @Override
  public void forEach(java.util.function.Consumer<? super Image> action) {
    Check.notNull("action", action);
    Iterable.super.forEach(action);
  }

  /** Every matching image, fetching a page when the one before is used up. */
  @Override
  public Iterator<Image> iterator() {
    ImageQuery q = toQuery();
    // EC2 refuses MaxResults together with ImageIds.
    PageRequest first = q.imageIds().isEmpty() ? PageRequest.ofSize(pageSize) : PageRequest.first();
    return Paging.iterator(engine.runner(), region, Ec2Action.DESCRIBE_IMAGES, first,
        (c, p) -> engine.provider().describeImages(c, q, p));
  }

  /** Every matching image as a lazy stream (pages fetched as it is consumed). */
  public Stream<Image> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Every matching image, all pages read. */
  public List<Image> list() {
    return stream().collect(Collectors.toList());
  }

  /**
   * The newest matching image by creation date.
   *
   * @return the newest image, or empty when none matches
   * @throws AmiValidationException when no owner is named (CVE-2018-15869), before any call
   */
  public Optional<Image> latest() {
    requireOwner();
    return stream().max(Comparator.comparing(Image::creationDate).thenComparing(i -> i.id().value()));
  }

  private void requireOwner() {
    if (toQuery().owners().isEmpty()) {
      throw new AmiValidationException("owner", (Object) null,
          "must be named for a newest-image lookup, or anyone's public image of that name may be picked"
              + " (CVE-2018-15869): add .ownedBy(Owner.SELF), .ownedBy(Owner.AMAZON) or"
              + " .ownedBy(Owner.account(\"123456789012\"))");
    }
  }
}
