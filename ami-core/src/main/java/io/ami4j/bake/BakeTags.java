package io.ami4j.bake;

/**
 * The tags a bake puts on what it makes, so that a bake's resources can always be found again —
 * by its own cleanup, by {@link Bakes#sweep(java.time.Duration)} after a crashed process, and by
 * {@link Freshness} to tell which base image an image was baked from. Keys starting {@code aws:}
 * are reserved by AWS, so these start {@code ami4j:}.
 *
 * <pre>{@code
 * amis.images().query().ownedBy(Owner.SELF).tagged(BakeTags.BAKE_STATE, BakeTags.COMPLETE).list();
 * }</pre>
 */
public final class BakeTags {
  /** On the builder instance, the images and the snapshots: the bake id. */
  public static final String BAKE = "ami4j:bake";
  /** On the images: {@value #BAKING} until the bake finished, then {@value #COMPLETE}. */
  public static final String BAKE_STATE = "ami4j:bake-state";
  /** The value of {@link #BAKE_STATE} while the bake runs. */
  public static final String BAKING = "baking";
  /** The value of {@link #BAKE_STATE} once every stage succeeded. */
  public static final String COMPLETE = "complete";
  /** On the images: the id of the base image. */
  public static final String BASE_IMAGE = "ami4j:base-image";
  /** On the images: the name of the base image. */
  public static final String BASE_NAME = "ami4j:base-name";
  /** On the images: the owner account of the base image. */
  public static final String BASE_OWNER = "ami4j:base-owner";
  /** On the images: the region of the base image. */
  public static final String BASE_REGION = "ami4j:base-region";
  /** On the images: the version given to the bake, if any. */
  public static final String VERSION = "ami4j:version";

  private BakeTags() {}
}
