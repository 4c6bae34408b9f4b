package io.ami4j;

import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A copy into several regions failed in one of them while copies into others had already been
 * requested. Those copies go on in EC2 and will cost storage: they are named here, by
 * {@link #copies()} and in the message, so that the caller can await or deregister them. The
 * error code, request id and {@link #getCause()} are the failing region's own.
 *
 * <pre>{@code
 * try {
 *   amis.copy(golden.id()).to(west, south).submit().await();
 * } catch (AmiCopyFailedException e) {
 *   e.copies().forEach((region, id) -> amis.deregister(id).in(region).deleteSnapshots().submit().await());
 * }
 * }</pre>
 */
public class AmiCopyFailedException extends AmiException {
  private final transient Map<Region, ImageId> copies;
  private final Region failedIn;

  /**
   * Creates the exception.
   *
   * @param failedIn the region whose copy failed
   * @param copies the copies EC2 accepted, by region (the failing region's too, when it answered)
   * @param cause the failing region's error
   */
  public AmiCopyFailedException(Region failedIn, Map<Region, ImageId> copies, Throwable cause) {
    super(cause instanceof AmiException ae ? ae.errorCode() : "ami4j.CopyFailed",
        "The copy into " + failedIn + " failed: " + (cause == null ? "unknown cause" : cause.getMessage())
            + "; copies requested " + copies + " may still complete: await or deregister them",
        cause instanceof AmiException ae ? ae.requestId().orElse(null) : null, false, cause);
    this.failedIn = Objects.requireNonNull(failedIn, "failedIn");
    this.copies = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(copies, "copies")));
  }

  /** The region whose copy failed. */
  public Region failedIn() {
    return failedIn;
  }

  /** The copies EC2 accepted, by region; those outside {@link #failedIn()} go on. */
  public Map<Region, ImageId> copies() {
    return copies;
  }
}
