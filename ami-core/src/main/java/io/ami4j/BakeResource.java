package io.ami4j;

import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import java.util.Objects;

/**
 * One resource a bake made or removed: an instance, an image or a snapshot, in a region.
 *
 * <pre>{@code
 * result.made().forEach(r -> System.out.println(r)); // image ami-0abc… in eu-west-1
 * }</pre>
 */
public final class BakeResource {
  /** What kind of resource. */
  public enum Kind {
    /** An EC2 instance (the builder). */
    INSTANCE,
    /** An image. */
    IMAGE,
    /** An EBS snapshot. */
    SNAPSHOT
  }

  private final Kind kind;
  private final String id;
  private final Region region;

  private BakeResource(Kind kind, String id, Region region) {
    this.kind = Check.notNull("kind", kind);
    this.id = Check.notNull("id", id);
    this.region = Check.notNull("region", region);
  }

  /**
   * A resource.
   *
   * @param kind its kind
   * @param id its id, e.g. {@code ami-0123456789abcdef0}
   * @param region its region
   * @return the resource
   */
  public static BakeResource of(Kind kind, String id, Region region) {
    return new BakeResource(kind, id, region);
  }

  /** Its kind. */
  public Kind kind() {
    return kind;
  }

  /** Its id. */
  public String id() {
    return id;
  }

  /** Its region. */
  public Region region() {
    return region;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BakeResource)) {
      return false;
    }
    BakeResource r = (BakeResource) o;
    return kind == r.kind && id.equals(r.id) && region.equals(r.region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, region);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id + " in " + region;
  }
}
