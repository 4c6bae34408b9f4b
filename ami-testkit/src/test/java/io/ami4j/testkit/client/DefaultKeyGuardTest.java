package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
import io.ami4j.DryRunResult;
import io.ami4j.SharingResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.junit.AmiTest;
import org.junit.jupiter.api.Test;

/**
 * The default-EBS-key guard as it must hold against EC2: the world names a snapshot's key by its
 * ARN, as EC2 does, and the client asks KMS who manages it.
 */
@AmiTest
class DefaultKeyGuardTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final AccountId PARTNER = AccountId.of("111122223333");

  private static Image encrypted(AmiClient amis, FakeEc2 world, KmsKey key, String name) {
    SnapshotId snap = world.createEncryptedSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8, key);
    return amis.register().fromSnapshot(snap).named(name).architecture(Architecture.X86_64)
        .rootDevice("/dev/xvda").submit().await();
  }

  private static Snapshot snapshotOf(FakeEc2 world, Image image) {
    return world.allSnapshots(EAST).stream().filter(s -> s.id().equals(image.snapshotIds().get(0)))
        .findFirst().orElseThrow();
  }

  @Test
  void anImageUnderTheDefaultKeyNamedByItsArnIsNotShared(AmiClient amis, FakeEc2 world) {
    Image image = encrypted(amis, world, KmsKey.AWS_MANAGED_EBS, "default-key");
    KmsKey named = snapshotOf(world, image).kmsKey().orElseThrow();
    assertThat(named.value()).startsWith("arn:aws:kms:us-east-1:" + FakeEc2.DEFAULT_ACCOUNT.value() + ":key/");
    int mark = world.mutations().size();

    AmiValidationException e = catchThrowableOfType(
        () -> amis.sharing(image.id()).grant(LaunchPermission.account(PARTNER)).shareSnapshots().apply(),
        AmiValidationException.class);
    DryRunResult dry = amis.sharing(image.id()).grant(LaunchPermission.account(PARTNER)).dryRun();

    assertThat(e.field()).isEqualTo("snapshot");
    assertThat(e.getMessage()).contains(named.value()).contains("alias/aws/ebs");
    assertThat(dry.allowed()).isFalse();
    assertThat(world.mutations().since(mark)).isEmpty();
    assertThat(world.launchPermissions(EAST, image.id())).isEmpty();
  }

  @Test
  void anImageUnderACustomerKeyIsSharedAndTheKeyNamedToShare(AmiClient amis, FakeEc2 world) {
    Image image = encrypted(amis, world, KmsKey.alias("alias/golden"), "customer-key");
    KmsKey named = snapshotOf(world, image).kmsKey().orElseThrow();

    SharingResult r = amis.sharing(image.id()).grant(LaunchPermission.account(PARTNER)).shareSnapshots().apply();

    assertThat(r.kmsKeysToShare()).containsExactly(named);
    assertThat(world.launchPermissions(EAST, image.id())).containsExactly(LaunchPermission.account(PARTNER));
  }
}
