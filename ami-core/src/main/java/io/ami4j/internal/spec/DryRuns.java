package io.ami4j.internal.spec;

import io.ami4j.DryRunResult;
import io.ami4j.internal.call.CallRunner;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Combines the dry runs of the calls one verb would make: allowed only if every call is. */
public final class DryRuns {
  private DryRuns() {}

  /**
   * The first refusal, or the combined confirmation.
   *
   * @param runner the runner whose time the wait is on
   * @param results the dry runs, in call order
   * @return the verdict
   */
  public static DryRunResult combine(CallRunner runner, List<CompletableFuture<DryRunResult>> results) {
    StringBuilder ok = new StringBuilder();
    for (CompletableFuture<DryRunResult> f : results) {
      DryRunResult r = runner.join(f);
      if (!r.allowed()) {
        return r;
      }
      ok.append(ok.length() == 0 ? "" : "; ").append(r.reason());
    }
    return DryRunResult.allowed(ok.toString());
  }
}
