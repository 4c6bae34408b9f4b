package io.ami4j;

import io.ami4j.model.InstanceId;
import java.util.List;
import java.util.Objects;

/**
 * RunInstances started instances, but a later step of the launch failed (awaiting {@code running},
 * describing them or their image). The instances may be running and cost money: they are named
 * here, by {@link #instanceIds()} and in the message, so that the caller can terminate them or
 * use them. The error code, request id and {@link #getCause()} are the failing step's own.
 *
 * <pre>{@code
 * try {
 *   amis.launch(image).count(2).submit().await();
 * } catch (AmiLaunchFailedException e) {
 *   amis.instances().terminate(e.instanceIds().toArray(new InstanceId[0])).apply();
 * }
 * }</pre>
 */
public class AmiLaunchFailedException extends AmiException {
  private final transient List<InstanceId> instanceIds;

  /**
   * Creates the exception.
   *
   * @param instanceIds the instances RunInstances started
   * @param cause the failing step's error
   */
  public AmiLaunchFailedException(List<InstanceId> instanceIds, Throwable cause) {
    super(cause instanceof AmiException ae ? ae.errorCode() : "ami4j.LaunchFailed",
        "The launch started " + instanceIds + " but then failed: "
            + (cause == null ? "unknown cause" : cause.getMessage())
            + "; the instances may be running: terminate them with instances().terminate(…).apply() or use them",
        cause instanceof AmiException ae ? ae.requestId().orElse(null) : null, false, cause);
    this.instanceIds = List.copyOf(Objects.requireNonNull(instanceIds, "instanceIds"));
  }

  /** The instances RunInstances started, which may be running. */
  public List<InstanceId> instanceIds() {
    return instanceIds;
  }
}
