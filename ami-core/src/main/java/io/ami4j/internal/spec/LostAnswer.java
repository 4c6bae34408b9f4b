package io.ami4j.internal.spec;

import io.ami4j.AmiException;
import io.ami4j.spi.Call;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Notes whether an attempt of a call failed retryably — its answer may have been lost although the
 * backend did the work — so that a retry's "already done" answer ({@code InvalidAMIName.Duplicate},
 * {@code InvalidSnapshot.NotFound}) can be read as the lost attempt's success.
 */
public final class LostAnswer {
  private final AtomicBoolean seen = new AtomicBoolean();

  /**
   * The call, noting a retryable failure of any of its attempts.
   *
   * @param call the provider call
   * @param <T> the result type
   * @return the same call, noted
   */
  public <T> Function<Call, T> noting(Function<Call, T> call) {
    return c -> {
      try {
        return call.apply(c);
      } catch (AmiException e) {
        if (e.retryable()) {
          seen.set(true);
        }
        throw e;
      }
    };
  }

  /** Whether an attempt failed retryably: its answer may have been lost. */
  public boolean mayHaveBeenLost() {
    return seen.get();
  }
}
