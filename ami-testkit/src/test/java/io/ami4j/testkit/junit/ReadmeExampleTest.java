package io.ami4j.testkit.junit;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static io.ami4j.testkit.assertions.AmiAssertions.assertThatLaunchPermissions;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.assertions.AbstractImageAssert;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The JUnit 5 examples of README's "Testing with the fake", kept compiling and passing. */
@AmiTest
class ReadmeExampleTest {
  @Test
  void copiesKeepTheirTagsAndSharingReachesThePartner(AmiClient amis, FakeEc2 world) {
    AccountId partner = AccountId.of("111122223333");
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, Region.of("us-east-1"), 8);

    Image golden = amis.register().fromSnapshot(snap).named("golden-1")
        .architecture(Architecture.X86_64).rootDevice("/dev/xvda").tag("env", "prod")
        .submit().await();
    Map<Region, Image> copies = amis.copy(golden.id()).to(Region.of("eu-west-1")).copyTags().submit().await();
    amis.sharing(golden.id()).grant(LaunchPermission.account(partner)).shareSnapshots().apply();

    assertThat(golden).isAvailable().hasTag("env", "prod");
    assertThat(copies.get(Region.of("eu-west-1"))).isAvailable().hasTag("env", "prod");
    assertThatLaunchPermissions(amis.sharing(golden.id()).list()).isSharedWith(partner);
  }

  /** "Configuring the world of a test". */
  @Nested
  @AmiTest(regions = {"us-east-1", "eu-west-1"}, accounts = "111122223333", timing = WorldTiming.INSTANT)
  class SharingTest {
    @Test
    void thePartnerLaunchesTheSharedImage(AmiClient owner, @Account("111122223333") AmiClient partner,
        FakeEc2 world) {
      SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, Region.of("us-east-1"), 8);
      Image golden = owner.register().fromSnapshot(snap).named("golden").architecture(Architecture.X86_64)
          .rootDevice("/dev/xvda").submit().await();
      owner.sharing(golden.id()).grant(LaunchPermission.account("111122223333")).shareSnapshots().apply();
      assertThat(partner.launch(golden.id()).instanceType("t3.micro").submit().await()).hasSize(1);
    }

    @Test
    @AmiTest(faultRate = 0.2, faultSeed = 7)
    void retriesThroughServerErrors(AmiClient amis) {
      assertThat(amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.ARM64)).isAvailable();
    }

    @Test
    @AmiTest(world = "lossyWorld")
    void survivesLostAnswers(AmiClient amis, FakeEc2 world) {
      assertThat(amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64)).isAvailable();
    }
  }

  static FakeEc2.Builder lossyWorld() {
    return FakeEc2.builder().faults(FaultPlan.builder().seed(3).probability(FaultKind.LOST_ANSWER, 0.3).build());
  }

  /** "Assertions": a team's own image assertion. */
  public static class GoldenImageAssert extends AbstractImageAssert<GoldenImageAssert> {
    /**
     * Starts assertions.
     *
     * @param actual the image
     */
    public GoldenImageAssert(Image actual) {
      super(actual, GoldenImageAssert.class);
    }

    /**
     * The team's rule for a golden image.
     *
     * @return this assertion
     */
    public GoldenImageAssert isGolden() {
      return hasTag("golden", "true").isEncrypted().isNotPublic();
    }
  }

  @Test
  void aTeamsOwnAssertionChainsWithAmi4js(AmiClient amis, FakeEc2 world) {
    Image image = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
    new GoldenImageAssert(image).isAvailable().isPublic().hasArchitecture(Architecture.X86_64);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GoldenImageAssert(image).isAvailable().isGolden())
        .hasMessageContaining("to have tag <golden=true>");
  }
}
