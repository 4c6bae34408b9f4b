package io.ami4j;

import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStage;
import java.util.Objects;

/**
 * A bake failed, timed out or was cancelled. The builder instance was terminated and every image
 * and snapshot the bake made was removed; {@link #result()} says what was made and cleaned up in
 * each stage, and {@link BakeResult#leftBehind()} names anything that could not be removed. The
 * error code and {@link #getCause()} are the failing stage's own.
 *
 * <pre>{@code
 * try {
 *   amis.bake(base).….submit().await();
 * } catch (AmiBakeFailedException e) {
 *   System.err.println(e.stage() + ": " + e.getMessage() + "; cleaned up " + e.result().cleanedUp());
 * }
 * }</pre>
 */
public class AmiBakeFailedException extends AmiException {
  private final transient BakeResult result;
  private final BakeStage stage;

  /**
   * Creates the exception.
   *
   * @param stage the stage that failed
   * @param result the bake's report, cleanup included
   * @param cause the stage's failure
   */
  public AmiBakeFailedException(BakeStage stage, BakeResult result, Throwable cause) {
    super(cause instanceof AmiException ae ? ae.errorCode() : "ami4j.BakeFailed",
        "Bake " + result.bakeId() + " (" + result.imageName() + ") failed in " + stage + ": "
            + (cause == null ? "unknown cause" : cause.getMessage())
            + "; cleaned up " + result.cleanedUp().size() + " resource(s)"
            + (result.leftBehind().isEmpty() ? "" : ", left behind " + result.leftBehind()),
        cause instanceof AmiException ae ? ae.requestId().orElse(null) : null, false, cause);
    this.stage = Objects.requireNonNull(stage, "stage");
    this.result = Objects.requireNonNull(result, "result");
  }

  /** The stage that failed or was cancelled. */
  public BakeStage stage() {
    return stage;
  }

  /** The bake's report: what each stage made and what was cleaned up. */
  public BakeResult result() {
    return result;
  }
}
