package io.ami4j.internal.call;

import io.ami4j.AmiDryRunException;
import io.ami4j.AmiException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.DryRunResult;
import io.ami4j.spi.Ec2Action;
import java.util.concurrent.CompletionException;

/**
 * Reads the outcome of a dry-run call. {@code DryRunOperation} means allowed; an error the backend
 * answered about the request itself (permissions, subscription, parameters, state) means refused.
 * A call that never got such an answer — the network failed, the backend kept answering 5xx or
 * throttling after every retry, the deadline passed — says nothing about the request: it is thrown,
 * so that an outage never reads as a permission refusal.
 */
public final class DryRunVerdict {
  private DryRunVerdict() {}

  /**
   * The verdict on one dry run.
   *
   * @param action the action that was asked about
   * @param failure the call's failure, or {@code null} when the backend answered as if it made the change
   * @return allowed or refused
   * @throws CompletionException carrying the failure when the backend was not reached
   */
  public static DryRunResult of(Ec2Action action, Throwable failure) {
    if (failure == null) {
      // A backend that ignores dry runs has just made the change: say so rather than pretend.
      return DryRunResult.refused("ami4j.DryRunIgnored", action.wireName()
          + " was performed: the provider did not honour the dry run");
    }
    Throwable t = CallRunner.unwrap(failure);
    if (t instanceof AmiDryRunException) {
      return DryRunResult.allowed(action.wireName() + " would succeed: " + t.getMessage());
    }
    if (t instanceof AmiException ae && !unreached(ae)) {
      return DryRunResult.refused(ae.errorCode(), t.getMessage());
    }
    throw new CompletionException(t);
  }

  /**
   * The verdict when one of ami4j's own checks before a dry run (a describe, a usage check) failed:
   * refused when the backend answered about the request, the failure itself when it was not reached.
   *
   * @param e the check's failure
   * @return the refusal
   * @throws AmiException {@code e} itself when the backend was not reached
   */
  public static DryRunResult refusal(AmiException e) {
    if (unreached(e)) {
      throw e;
    }
    return DryRunResult.refused(e.errorCode(), e.getMessage());
  }

  /** Whether a failure left the backend's verdict unknown: network, 5xx or throttling after retries, a deadline. */
  private static boolean unreached(AmiException e) {
    return e.retryable() || e instanceof AmiTimeoutException;
  }
}
