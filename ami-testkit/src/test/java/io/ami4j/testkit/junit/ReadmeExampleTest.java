package io.ami4j.testkit.junit;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static io.ami4j.testkit.assertions.AmiAssertions.assertThatLaunchPermissions;

import io.ami4j.AmiClient;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JUnit 5 example of README's "Testing with the fake", kept compiling and passing. */
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
    amis.sharing(golden.id()).grant(LaunchPermission.account(partner)).includeSnapshots().apply();

    assertThat(golden).isAvailable().hasTag("env", "prod");
    assertThat(copies.get(Region.of("eu-west-1"))).isAvailable().hasTag("env", "prod");
    assertThatLaunchPermissions(amis.sharing(golden.id()).list()).isSharedWith(partner);
  }
}
