package io.ami4j.bake;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.Region;
import org.immutables.value.Value;

/**
 * One resource a bake made or removed: an instance, an image or a snapshot, in a region.
 *
 * <pre>{@code
 * result.made().forEach(r -> System.out.println(r)); // image ami-0abc… in eu-west-1
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #of} or {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class BakeResource {
  /** What kind of resource. */
  public enum Kind {
    /** An EC2 instance (the builder). */
    INSTANCE,
    /** An image. */
    IMAGE,
    /** An EBS snapshot. */
    SNAPSHOT
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BakeResource}. */
  public static final class Builder extends ImmutableBakeResource.Builder {}

  /**
   * A resource.
   *
   * @param kind its kind
   * @param id its id, e.g. {@code ami-0123456789abcdef0}
   * @param region its region
   * @return the resource
   */
  public static BakeResource of(Kind kind, String id, Region region) {
    return builder().kind(kind).id(id).region(region).build();
  }

  /** Its kind. */
  public abstract Kind kind();

  /** Its id. */
  public abstract String id();

  /** Its region. */
  public abstract Region region();

  @Override
  public String toString() {
    return kind().name().toLowerCase(java.util.Locale.ROOT) + " " + id() + " in " + region();
  }
}
