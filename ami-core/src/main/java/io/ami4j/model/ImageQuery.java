package io.ami4j.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What DescribeImages is asked: ids, owners, executable-by, filters, and whether deprecated and
 * disabled images are included.
 *
 * <pre>{@code
 * ImageQuery q = ImageQuery.builder().addOwners(Owner.SELF).name("web-*").tag("env", "prod")
 *     .architecture(Architecture.X86_64).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ImageQuery {
  /** Image ids to describe (empty: any). */
  public abstract List<ImageId> imageIds();

  /** Owners (empty: any owner the account can see). */
  public abstract List<Owner> owners();

  /** Accounts (or {@code self}, {@code all}) that must have launch permission. */
  public abstract List<String> executableBy();

  /** Filters, all of which must match. */
  public abstract List<Filter> filters();

  /** Whether deprecated images are listed (always, when ids are given). */
  @Value.Default
  public boolean includeDeprecated() {
    return false;
  }

  /** Whether disabled images are listed. */
  @Value.Default
  public boolean includeDisabled() {
    return false;
  }

  /** A query that matches every image the account can see. */
  public static ImageQuery all() {
    return builder().build();
  }

  /**
   * A query for these ids.
   *
   * @param ids the ids
   * @return the query
   */
  public static ImageQuery byIds(List<ImageId> ids) {
    return builder().addAllImageIds(ids).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImageQuery}, with a typed method per EC2 filter. */
  public static final class Builder extends ImmutableImageQuery.Builder {
    /** Filter {@code name} (wildcards {@code *} and {@code ?}). */
    public Builder name(String... patterns) {
      addFilters(Filter.of("name", patterns));
      return this;
    }

    /** Filter {@code state}. */
    public Builder state(ImageState... states) {
      addFilters(Filter.of("state", wire("state", states)));
      return this;
    }

    /** Filter {@code tag:KEY}. */
    public Builder tag(String key, String... values) {
      addFilters(Filter.of("tag:" + io.ami4j.internal.validate.Check.notNull("tag key", key), values));
      return this;
    }

    /** Filter {@code tag-key}. */
    public Builder tagKey(String... keys) {
      addFilters(Filter.of("tag-key", keys));
      return this;
    }

    /** Filter {@code architecture}. */
    public Builder architecture(Architecture... values) {
      addFilters(Filter.of("architecture", wire("architecture", values)));
      return this;
    }

    /** Filter {@code root-device-type}. */
    public Builder rootDeviceType(RootDeviceType value) {
      addFilters(Filter.of("root-device-type", wire("rootDeviceType", value)));
      return this;
    }

    /** Filter {@code virtualization-type}. */
    public Builder virtualizationType(VirtualizationType value) {
      addFilters(Filter.of("virtualization-type", wire("virtualizationType", value)));
      return this;
    }

    /** Filter {@code is-public}. */
    public Builder isPublic(boolean value) {
      addFilters(Filter.of("is-public", String.valueOf(value)));
      return this;
    }

    /** Filter {@code owner-alias}. */
    public Builder ownerAlias(String... aliases) {
      addFilters(Filter.of("owner-alias", aliases));
      return this;
    }

    /** Filter {@code product-code}. */
    public Builder productCode(String... codes) {
      addFilters(Filter.of("product-code", codes));
      return this;
    }

    /** Filter {@code source-image-id}. */
    public Builder sourceImageId(ImageId id) {
      addFilters(Filter.of("source-image-id", id.value()));
      return this;
    }

    /** Filter {@code creation-date} (ISO-8601 text, wildcards allowed, e.g. {@code 2026-11-*}). */
    public Builder creationDate(String pattern) {
      addFilters(Filter.of("creation-date", pattern));
      return this;
    }

    /**
     * Filter {@code block-device-mapping.FIELD}, e.g. {@code snapshot-id}, {@code volume-type},
     * {@code encrypted}, {@code device-name}, {@code volume-size}, {@code delete-on-termination}.
     */
    public Builder blockDeviceMapping(String field, String... values) {
      addFilters(Filter.of("block-device-mapping." + field, values));
      return this;
    }

    @SafeVarargs
    private static <E extends WireValue> List<String> wire(String field, E... values) {
      // UNKNOWN stands for a value EC2 answered; EC2 would match nothing with it.
      return Arrays.stream(values).map(v -> WireValue.requireKnown(field, v).wireValue()).collect(Collectors.toList());
    }
  }
}
