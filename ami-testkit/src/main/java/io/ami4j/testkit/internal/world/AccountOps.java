package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.spi.Call;

/** What every group of operations shares: the world and the account whose view it serves. */
abstract class AccountOps {
  final World w;
  final AccountId me;

  AccountOps(World world, AccountId account) {
    this.w = world;
    this.me = account;
  }

  /** A dry run stops here, after every check passed: EC2's {@code DryRunOperation}. */
  void stopIfDryRun(Call call) {
    if (call.dryRun()) {
      throw w.dryRun();
    }
  }

  Image view(RegionState r, ImageRecord image) {
    return image.view(w.now(), r.tagsOf(me, image.id.value()));
  }

  void log(Call call, String action, String resourceId, String description) {
    w.record(me, call.region(), action, resourceId, description);
  }
}
