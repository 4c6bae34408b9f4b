package io.ami4j.testkit.client;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static io.ami4j.testkit.assertions.AmiAssertions.assertThatLaunchPermissions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.AmiConflictException;
import io.ami4j.AmiImageFailedException;
import io.ami4j.AmiOptInRequiredException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.AmiValidationException;
import io.ami4j.DeregistrationResult;
import io.ami4j.DryRunResult;
import io.ami4j.LaunchedInstance;
import io.ami4j.Pending;
import io.ami4j.SharingResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.InstanceState;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.StateReason;
import io.ami4j.testkit.FakeEc2;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every verb of the client, end to end on the in-memory world, checked against the world's state. */
class ClientOnWorldTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final Region WEST = Region.of("eu-west-1");
  private static final AccountId PARTNER = AccountId.of("111122223333");

  private final FakeEc2 world = FakeEc2.create();
  private final AmiClient amis = world.clientBuilder().build();

  @AfterEach
  void close() {
    amis.close();
    world.close();
  }

  private LaunchedInstance builder() {
    Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
    return amis.launch(base.id()).instanceType("t3.micro").keyName("ops").submit().await().get(0);
  }

  private Image golden(String name) {
    return amis.create().fromInstance(builder().instance().id()).named(name).tag("env", "prod").tagSnapshots()
        .submit().await();
  }

  @Test
  void findsTheNewestAmazonImageAndNeverTheImpostors() {
    Image viaSsm = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
    Image newestByAmazon = amis.images().query().ownedBy(Owner.AMAZON).named("al2023-ami-2023.*-x86_64")
        .latest().orElseThrow();
    assertThat(newestByAmazon.id()).isEqualTo(viaSsm.id());
    assertThat(viaSsm.ownerId()).isEqualTo(FakeEc2.AMAZON);
    assertThatThrownBy(() -> amis.images().query().named("al2023-ami-2023.*-x86_64").latest())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("CVE-2018-15869");
  }

  @Test
  void createWaitsOutThePendingTimeAndTagsImageAndSnapshots() {
    Instant start = world.clock().instant();
    Image g = golden("golden-1");
    assertThat(g).isAvailable().hasTag("env", "prod");
    assertThat(Duration.between(start, world.clock().instant())).isGreaterThanOrEqualTo(world.timing().createImage());
    assertThat(g.snapshotIds()).isNotEmpty().allSatisfy(s ->
        assertThat(world.tagsOf(EAST, s.value())).containsEntry("env", "prod"));
  }

  @Test
  void aFailedImageFailsTheWaitWithItsStateReason() {
    world.failNextImage(StateReason.of("Client.InternalError", "Snapshot creation failed"));
    Pending<Image> p = amis.create().fromInstance(builder().instance().id()).named("doomed").submit();
    assertThatThrownBy(p::await).isInstanceOfSatisfying(AmiImageFailedException.class, e ->
        assertThat(e.getMessage()).contains("Snapshot creation failed"));
    assertThat(world.allImages(EAST)).filteredOn(i -> i.name().equals("doomed"))
        .singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(ImageState.FAILED));
  }

  @Test
  void aDeadlineShorterThanTheCopyEndsTheWaitButNotTheCopy() {
    Image g = golden("golden-deadline");
    try (AmiClient hurried = world.clientBuilder().waitPolicy(w -> w.timeout(Duration.ofMinutes(2))).build()) {
      assertThatThrownBy(() -> hurried.copy(g.id()).to(WEST).submit().await())
          .isInstanceOf(AmiTimeoutException.class).hasMessageContaining("awaitAvailable");
    }
    List<Image> copies = world.allImages(WEST).stream().filter(i -> i.sourceImageId().equals(java.util.Optional.of(g.id())))
        .toList();
    assertThat(copies).hasSize(1);
    List<Image> resumed = amis.images().in(WEST).awaitAvailable(List.of(copies.get(0).id())).submit().await();
    assertThat(resumed.get(0)).isAvailable();
  }

  @Test
  void copiesToManyRegionsWithKeysAndTags() {
    Image g = golden("golden-copy");
    Map<Region, Image> copies = amis.copy(g.id()).to(WEST, Region.of("ap-south-1"))
        .encryptedWith(r -> KmsKey.alias("alias/ami-" + r.name())).copyTags().submit().await();
    assertThat(copies).hasSize(2);
    copies.forEach((r, c) -> assertThat(c).isAvailable().hasTag("env", "prod").isEncrypted());
    // A retried copy (same parameters) resolves to the same images, by its client token.
    Map<Region, Image> again = amis.copy(g.id()).to(WEST, Region.of("ap-south-1"))
        .encryptedWith(r -> KmsKey.alias("alias/ami-" + r.name())).copyTags().submit().await();
    assertThat(again.get(WEST).id()).isEqualTo(copies.get(WEST).id());
  }

  @Test
  void sharingReachesThePartnerWhoCanLaunchButNotDeregister() {
    Image g = golden("golden-share");
    SharingResult r = amis.sharing(g.id()).grant(LaunchPermission.account(PARTNER)).shareSnapshots().apply();
    assertThat(r.snapshotsChanged()).containsExactlyElementsOf(g.snapshotIds());
    try (AmiClient partner = world.clientBuilder(PARTNER).build()) {
      assertThat(partner.launch(g.id()).instanceType("t3.micro").submit().await().get(0).instance())
          .isRunning().wasLaunchedFrom(g.id());
      assertThatThrownBy(() -> partner.deregister(g.id()).submit().await())
          .isInstanceOfAny(AmiPermissionDeniedException.class, io.ami4j.AmiNotFoundException.class);
    }
    assertThat(world.allImages(EAST)).extracting(Image::id).contains(g.id());
  }

  @Test
  void makePublicIsRefusedWhenTheAccountBlocksPublicSharing() {
    Image g = golden("golden-public");
    world.provider().enableImageBlockPublicAccess(io.ami4j.spi.Call.in(EAST));
    assertThatThrownBy(() -> amis.sharing(g.id()).makePublic().apply()).hasMessageContaining("block");
    assertThatLaunchPermissions(world.launchPermissions(EAST, g.id())).isNotShared();
  }

  @Test
  void retireDeprecatesProtectsAndDisables() {
    Image g = golden("golden-retire");
    Instant at = world.clock().instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
    amis.retire(g.id()).deprecateAt(at).protect(false).apply();
    Image now = amis.images().get(g.id());
    assertThat(now.deprecationTime()).contains(at);
    assertThat(now.isDeregistrationProtected()).isTrue();
    assertThatThrownBy(() -> amis.deregister(g.id()).submit().await()).hasMessageContaining("protect");
    amis.retire(g.id()).unprotect().disable().apply();
    assertThat(world.image(EAST, g.id()).orElseThrow().state()).isEqualTo(ImageState.DISABLED);
  }

  @Test
  void deregisterOnlyIfUnusedRefusesWhileAnInstanceRunsAndThenDeletesTheSnapshots() {
    Image g = golden("golden-dereg");
    LaunchedInstance user = amis.launch(g.id()).instanceType("t3.micro").submit().await().get(0);
    assertThatThrownBy(() -> amis.deregister(g.id()).deleteSnapshots().onlyIfUnused().submit().await())
        .isInstanceOf(AmiConflictException.class).hasMessageContaining(user.instance().id().value());
    amis.instances().terminate(user.instance().id()).apply();
    world.clock().advance(world.timing().instanceShuttingDown());
    assertThat(amis.instances().get(user.instance().id()).state()).isEqualTo(InstanceState.TERMINATED);
    DeregistrationResult r = amis.deregister(g.id()).deleteSnapshots().onlyIfUnused().submit().await();
    assertThat(r.deleted()).containsExactlyInAnyOrderElementsOf(g.snapshotIds());
    assertThat(r).deletedSnapshots(g.snapshotIds().toArray(new io.ami4j.model.SnapshotId[0]));
    assertThat(world.allSnapshots(EAST)).extracting(s -> s.id()).doesNotContainAnyElementsOf(g.snapshotIds());
  }

  @Test
  void aPaidImageIsRefusedUntilTheAccountSubscribes() {
    Image paid = amis.images().query().ownedBy(Owner.AWS_MARKETPLACE).productCode(FakeEc2.MARKETPLACE_PRODUCT_CODE)
        .latest().orElseThrow();
    assertThatThrownBy(() -> amis.launch(paid.id()).instanceType("m5.large").submit().await())
        .isInstanceOf(AmiOptInRequiredException.class);
    world.subscribe(FakeEc2.DEFAULT_ACCOUNT, FakeEc2.MARKETPLACE_PRODUCT_CODE);
    assertThat(amis.launch(paid.id()).instanceType("m5.large").submit().await().get(0).instance())
        .hasProductCode(FakeEc2.MARKETPLACE_PRODUCT_CODE);
  }

  @Test
  void dryRunsAskTheBackendAndChangeNothing() {
    LaunchedInstance b = builder();
    int mark = world.mutations().size();
    DryRunResult allowed = amis.create().fromInstance(b.instance().id()).named("dry").dryRun();
    assertThat(allowed.allowed()).isTrue();
    ImageId someoneElses = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64).id();
    DryRunResult refused = amis.deregister(someoneElses).dryRun();
    assertThat(refused.allowed()).isFalse();
    assertThat(world.mutations().since(mark)).isEmpty();
  }

  @Test
  void theLaunchTellsHowToConnect() {
    LaunchedInstance li = builder();
    assertThat(li.loginUser()).isEqualTo("ec2-user");
    assertThat(li.connectionHint()).startsWith("ssh -i ops.pem ec2-user@")
        .contains(li.instance().publicDnsName().orElseThrow());
  }
}
