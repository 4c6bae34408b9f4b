package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Errors;

/** KMS DescribeKey over the keys of each region. */
final class Keys extends AccountOps {
  Keys(World world, AccountId account) {
    super(world, account);
  }

  KmsKeyDescription describe(Call call, KmsKey key) {
    synchronized (w) {
      KmsKeyring.Key k = w.region(call.region()).keys.describe(me, key);
      if (k == null) {
        throw w.error(Ec2Errors.KMS_NOT_FOUND, key.value().startsWith("alias/") || key.value().contains(":alias/")
            ? "Alias " + key + " is not found." : "Key '" + key + "' does not exist");
      }
      return k.describe();
    }
  }
}
