package io.ami4j.aws.internal.ops;

import io.ami4j.spi.Call;

/** EC2's {@code DryRun} parameter of a call: sent only for a dry run, so normal calls stay minimal. */
final class DryRun {
  private DryRun() {}

  static Boolean of(Call call) {
    return call.dryRun() ? Boolean.TRUE : null;
  }
}
