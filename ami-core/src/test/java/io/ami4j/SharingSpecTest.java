package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.Images;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.KeyManager;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.SnapshotQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SharingSpecTest {
  /** How EC2 names the default EBS key in DescribeSnapshots: by its key ARN, not its alias. */
  private static final KmsKey DEFAULT_EBS_KEY_ARN =
      KmsKey.of("arn:aws:kms:us-east-1:123456789012:key/0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f");
  private static final String ORG = "arn:aws:organizations::123456789012:organization/o-exampleorg1";
  private final ClientFixture f = new ClientFixture();
  private final List<LaunchPermission> permissions = new CopyOnWriteArrayList<>();
  private final Map<SnapshotId, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final ImageId image;

  SharingSpecTest() {
    image = f.put(Images.withSnapshots(Images.available(Images.id(1), "golden", f.clock.instant()),
        Images.snap(1), Images.snap(2))).id();
    snapshot(Images.snap(1), null);
    snapshot(Images.snap(2), null);
    f.provider.always(Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE, inv -> List.copyOf(permissions));
    f.provider.always(Ec2Action.MODIFY_IMAGE_ATTRIBUTE, inv -> {
      permissions.addAll(inv.<List<LaunchPermission>>arg(1));
      permissions.removeAll(inv.<List<LaunchPermission>>arg(2));
      return null;
    });
    f.provider.always(Ec2Action.DESCRIBE_SNAPSHOTS, inv -> Page.last(inv.<SnapshotQuery>arg(0).snapshotIds().stream()
        .map(snapshots::get).collect(Collectors.toList())));
    f.provider.always(Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE, inv -> null);
    f.provider.always(Ec2Action.DESCRIBE_KEY, inv -> describeKey(inv.arg(0)));
  }

  /** What KMS answers: the default EBS key (by alias or by its key ARN) is AWS managed, every other key the customer's. */
  private static KmsKeyDescription describeKey(KmsKey key) {
    boolean aws = key.isAwsManagedDefault() || key.equals(DEFAULT_EBS_KEY_ARN);
    KmsKey arn = aws ? DEFAULT_EBS_KEY_ARN : key;
    return KmsKeyDescription.of(arn.value().substring(arn.value().lastIndexOf('/') + 1), arn,
        aws ? KeyManager.AWS : KeyManager.CUSTOMER, "Enabled");
  }

  private void snapshot(SnapshotId id, KmsKey key) {
    Snapshot.Builder b = Snapshot.builder();
    b.id(id).ownerId(Images.SELF).volumeSize(8).state(SnapshotState.COMPLETED).startTime(f.clock.instant())
        .encrypted(key != null);
    if (key != null) {
      b.kmsKey(key);
    }
    snapshots.put(id, b.build());
  }

  private static LaunchPermission account(int n) {
    return LaunchPermission.account(String.format("%012d", n));
  }

  @Test
  void manyGranteesGoIntoFewModifyImageAttributeCalls() {
    List<LaunchPermission> grants = new ArrayList<>();
    for (int i = 1; i <= 450; i++) {
      grants.add(account(i));
    }
    grants.add(LaunchPermission.organization(ORG));

    SharingResult r = f.client.sharing(image).grant(grants.toArray(new LaunchPermission[0])).apply();

    assertThat(r.modifyCalls()).isEqualTo(3);
    assertThat(f.provider.calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)).hasSize(3)
        .allSatisfy(c -> assertThat(c.<List<?>>arg(1).size() + c.<List<?>>arg(2).size())
            .isLessThanOrEqualTo(SharingSpec.ENTRIES_PER_CALL));
    assertThat(permissions).containsExactlyInAnyOrderElementsOf(grants);
    assertThat(r.granted()).hasSize(451);
    assertThat(f.client.sharing(image).list()).hasSize(451);
  }

  @Test
  void grantsAlreadyPresentAreNotSentAgainAndRevokesGoInTheSameCall() {
    permissions.add(account(1));
    permissions.add(account(2));
    SharingResult r = f.client.sharing(image).grant(account(1), account(3)).revoke(account(2)).apply();
    assertThat(r.granted()).containsExactly(account(3));
    assertThat(r.revoked()).containsExactly(account(2));
    assertThat(f.provider.calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)).singleElement().satisfies(c -> {
      assertThat(c.<List<LaunchPermission>>arg(1)).containsExactly(account(3));
      assertThat(c.<List<LaunchPermission>>arg(2)).containsExactly(account(2));
    });
  }

  @Test
  void moreThanAThousandEntitiesIsRefusedBeforeAnyChange() {
    for (int i = 1; i <= 990; i++) {
      permissions.add(account(i));
    }
    List<LaunchPermission> more = new ArrayList<>();
    for (int i = 2000; i < 2011; i++) {
      more.add(account(i));
    }
    assertThatThrownBy(() -> f.client.sharing(image).grant(more.toArray(new LaunchPermission[0])).apply())
        .isInstanceOf(AmiQuotaExceededException.class).hasMessageContaining("1001").hasMessageContaining("1000");
    assertThat(f.provider.calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)).isEmpty();
  }

  @Test
  void publicAccessIsOnlyGrantedThroughMakePublic() {
    assertThatThrownBy(() -> f.client.sharing(image).grant(LaunchPermission.publicAccess()))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("makePublic()");
  }

  @Test
  void shareSnapshotsSharesEachSnapshotWithTheAccounts() {
    SharingResult r = f.client.sharing(image).grant(account(7), LaunchPermission.organization(ORG))
        .shareSnapshots().apply();
    assertThat(r.snapshotsChanged()).containsExactly(Images.snap(1), Images.snap(2));
    assertThat(f.provider.calls(Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE)).hasSize(2).allSatisfy(c ->
        assertThat(c.<List<VolumePermission>>arg(1)).containsExactly(VolumePermission.account(AccountId.of("000000000007"))));
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("Organizations and OUs"));
  }

  @Test
  void snapshotsEncryptedWithTheAwsManagedKeyAreRefusedWithTheReason() {
    snapshot(Images.snap(2), KmsKey.AWS_MANAGED_EBS);
    assertThatThrownBy(() -> f.client.sharing(image).grant(account(7)).apply())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("alias/aws/ebs")
        .hasMessageContaining(Images.snap(2).value()).hasMessageContaining("encryptedWith");
    assertThat(f.provider.calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)).isEmpty();
    DryRunResult dry = f.client.sharing(image).grant(account(7)).dryRun();
    assertThat(dry.allowed()).isFalse();
    assertThat(dry.reason()).contains("alias/aws/ebs");
  }

  @Test
  void theDefaultKeyNamedByItsArnAsEc2AnswersIsRefusedByAskingKms() {
    snapshot(Images.snap(2), DEFAULT_EBS_KEY_ARN);
    assertThatThrownBy(() -> f.client.sharing(image).grant(account(7)).apply())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining(DEFAULT_EBS_KEY_ARN.value())
        .hasMessageContaining("alias/aws/ebs").hasMessageContaining(Images.snap(2).value());
    assertThat(f.provider.calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)).isEmpty();
    assertThat(f.provider.calls(Ec2Action.DESCRIBE_KEY)).singleElement()
        .satisfies(c -> assertThat(c.<KmsKey>arg(0)).isEqualTo(DEFAULT_EBS_KEY_ARN));
    assertThat(f.client.sharing(image).grant(account(7)).dryRun().allowed()).isFalse();
  }

  @Test
  void kmsIsAskedOncePerKeyAcrossShares() {
    KmsKey cmk = KmsKey.of("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    snapshot(Images.snap(1), cmk);
    snapshot(Images.snap(2), cmk);
    f.client.sharing(image).grant(account(7)).apply();
    f.client.sharing(image).grant(account(8)).apply();
    f.client.sharing(image).grant(account(9)).dryRun();
    assertThat(f.provider.count(Ec2Action.DESCRIBE_KEY)).isEqualTo(1);
  }

  @Test
  void whenKmsMayNotBeAskedTheNameDecidesAndANoteSaysSo() {
    f.provider.always(Ec2Action.DESCRIBE_KEY, ScriptedProvider.fail(
        new AmiPermissionDeniedException("AccessDeniedException", "not authorized to perform: kms:DescribeKey", null)));
    KmsKey cmk = KmsKey.of("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    snapshot(Images.snap(1), cmk);
    SharingResult r = f.client.sharing(image).grant(account(7)).apply();
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains(cmk.value()).contains("AccessDeniedException"));
    snapshot(Images.snap(2), KmsKey.AWS_MANAGED_EBS);
    assertThatThrownBy(() -> f.client.sharing(image).grant(account(8)).apply())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("alias/aws/ebs");
  }

  @Test
  void aCustomerManagedKeyMustBeSharedWithTheSameAccounts() {
    KmsKey cmk = KmsKey.of("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    snapshot(Images.snap(1), cmk);
    SharingResult r = f.client.sharing(image).grant(account(7)).apply();
    assertThat(r.kmsKeysToShare()).containsExactly(cmk);
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains(cmk.value()).contains("same accounts"));
  }

  @Test
  void makePublicIsRefusedWhenBlockPublicAccessIsOn() {
    f.provider.always(Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE, inv -> BlockPublicAccessState.BLOCK_NEW_SHARING);
    assertThatThrownBy(() -> f.client.sharing(image).makePublic().apply()).isInstanceOf(AmiPermissionDeniedException.class)
        .hasMessageContaining("block public access").hasMessageContaining("DisableImageBlockPublicAccess");
    assertThat(f.provider.calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)).isEmpty();
  }

  @Test
  void makePublicIsRefusedAtTheQuotaOfFivePublicImagesNamingThem() {
    f.provider.always(Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE, inv -> BlockPublicAccessState.UNBLOCKED);
    List<Image> publicOnes = new ArrayList<>();
    for (int i = 50; i < 55; i++) {
      publicOnes.add(Image.builder(Images.available(Images.id(i), "pub-" + i, f.clock.instant())).isPublic(true).build());
    }
    f.provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> {
      io.ami4j.model.ImageQuery q = inv.arg(0);
      boolean publicQuery = q.filters().stream().anyMatch(x -> x.name().equals("is-public"));
      return publicQuery ? Page.last(publicOnes) : Images.answer(q, f.images.values());
    });
    assertThatThrownBy(() -> f.client.sharing(image).makePublic().apply()).isInstanceOf(AmiQuotaExceededException.class)
        .hasMessageContaining("5 public images").hasMessageContaining(Images.id(50).value());
    assertThat(f.provider.calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE)).isEmpty();

    publicOnes.remove(0);
    SharingResult r = f.client.sharing(image).makePublic().apply();
    assertThat(r.granted()).containsExactly(LaunchPermission.publicAccess());
    assertThat(permissions).containsExactly(LaunchPermission.publicAccess());
  }

  @Test
  void resetRemovesEveryGrantAndTheSnapshotsPermissions() {
    permissions.add(account(1));
    f.provider.always(Ec2Action.RESET_IMAGE_ATTRIBUTE, inv -> {
      permissions.clear();
      return null;
    });
    f.provider.always(Ec2Action.DESCRIBE_SNAPSHOT_ATTRIBUTE,
        inv -> List.of(VolumePermission.account(AccountId.of("000000000001"))));
    SharingResult r = f.client.sharing(image).shareSnapshots().reset().apply();
    assertThat(r.revoked()).containsExactly(account(1));
    assertThat(permissions).isEmpty();
    assertThat(r.snapshotsChanged()).containsExactly(Images.snap(1), Images.snap(2));
  }

  @Test
  void aResetOrAPublicShareIsNotCombinedWithGrants() {
    assertThatThrownBy(() -> f.client.sharing(image).grant(LaunchPermission.account("123456789012")).reset().apply())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("reset()")
        .hasMessageContaining("cannot be combined with grant");
    assertThatThrownBy(() -> f.client.sharing(image).revoke(LaunchPermission.account("123456789012")).makePublic()
        .dryRun()).isInstanceOf(AmiValidationException.class).hasMessageContaining("makePublic()");
    assertThat(f.provider.calls()).isEmpty();
  }

  @Test
  void aResetAndAPublicShareAreNotCombinedAndAPublicShareTakesNoSnapshots() {
    assertThatThrownBy(() -> f.client.sharing(image).makePublic().reset())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("reset()")
        .hasMessageContaining("cannot be combined with makePublic()");
    assertThatThrownBy(() -> f.client.sharing(image).reset().makePublic())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("cannot be combined with reset()");
    assertThatThrownBy(() -> f.client.sharing(image).makePublic().shareSnapshots().apply())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("shareSnapshots()");
    assertThat(f.client.sharing(image).reset().reset()).isNotNull();
    assertThat(f.provider.calls()).isEmpty();
  }
}
