package io.ami4j.testkit.junit;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

class AmiTestExtensionTest {
  private static final Region EAST = Region.of("us-east-1");

  private static Image registerOne(AmiClient amis, FakeEc2 world, String name) {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
    return amis.register().fromSnapshot(snap).named(name).architecture(Architecture.X86_64)
        .rootDevice("/dev/xvda").submit().await();
  }

  private static long ownImages(FakeEc2 world) {
    return world.allImages(EAST).stream().filter(i -> i.ownerId().equals(FakeEc2.DEFAULT_ACCOUNT)).count();
  }

  @Nested
  @AmiTest
  class FreshWorldPerTest {
    @Test
    void firstTestSeesOnlyItsOwnImage(AmiClient amis, FakeEc2 world) {
      Image made = registerOne(amis, world, "fresh-1");
      assertThat(made).isAvailable().hasName("fresh-1");
      assertThat(ownImages(world)).isEqualTo(1);
    }

    @Test
    void secondTestSeesOnlyItsOwnImage(AmiClient amis, FakeEc2 world) {
      registerOne(amis, world, "fresh-2");
      assertThat(ownImages(world)).isEqualTo(1);
    }

    @Test
    void waitsRunOnTheWorldsVirtualClock(AmiClient amis, FakeEc2 world, VirtualClock clock) {
      Instant before = clock.instant();
      registerOne(amis, world, "timed");
      assertThat(clock).isSameAs(world.clock());
      assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(world.timing().registerImage());
    }

    @Test
    void theCatalogIsThere(AmiClient amis) {
      assertThat(amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.ARM64))
          .isAvailable().hasArchitecture(Architecture.ARM64);
    }
  }

  @Nested
  @AmiTest(sharedWorld = true)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class SharedWorld {
    @Test
    @Order(1)
    void firstTestMakesAnImage(AmiClient amis, FakeEc2 world) {
      registerOne(amis, world, "shared-1");
      assertThat(ownImages(world)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void secondTestStillSeesIt(FakeEc2 world) {
      assertThat(ownImages(world)).isEqualTo(1);
    }
  }

  @Nested
  @AmiTest(throttling = true, seedCatalog = false, region = "eu-west-1")
  class Configured {
    @Test
    void throttlingRegionAndCatalogFollowTheAnnotation(AmiClient amis, FakeEc2 world) {
      assertThat(amis.region()).isEqualTo(Region.of("eu-west-1"));
      assertThat(world.faultStats(FakeEc2.DEFAULT_ACCOUNT)).isPresent();
      assertThat(world.allImages(Region.of("eu-west-1"))).isEmpty();
    }
  }
}
