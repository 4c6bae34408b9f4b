package io.ami4j.testkit.assertions.custom;

import io.ami4j.model.Image;
import io.ami4j.model.Instance;
import io.ami4j.model.LaunchPermission;
import io.ami4j.testkit.assertions.AbstractImageAssert;
import io.ami4j.testkit.assertions.AbstractInstanceAssert;
import io.ami4j.testkit.assertions.AbstractLaunchPermissionsAssert;
import io.ami4j.testkit.assertions.AmiAssertions;
import java.util.List;

/** A team's own entry point, as a user of the testkit writes it: ami4j's checks and the team's. */
class TeamAssertions extends AmiAssertions {
  static GoldenImageAssert assertThatGolden(Image actual) {
    return new GoldenImageAssert(actual);
  }

  static FleetInstanceAssert assertThatFleet(Instance actual) {
    return new FleetInstanceAssert(actual);
  }

  static PartnerSharingAssert assertThatPartnerSharing(List<LaunchPermission> actual) {
    return new PartnerSharingAssert(actual);
  }

  /** The team's rule for a golden image: tagged golden, encrypted, never public. */
  static final class GoldenImageAssert extends AbstractImageAssert<GoldenImageAssert> {
    GoldenImageAssert(Image actual) {
      super(actual, GoldenImageAssert.class);
    }

    GoldenImageAssert isGolden() {
      return hasTag("golden", "true").isEncrypted().isNotPublic();
    }

    GoldenImageAssert isOwnedBy(String account) {
      isNotNull();
      if (!actual.ownerId().toString().equals(account)) {
        failWithMessage("Expected golden image <%s> to be owned by <%s> but was <%s>", actual.id(), account,
            actual.ownerId());
      }
      return myself;
    }
  }

  /** The team's rule for a fleet instance: it carries its fleet's tag. */
  static final class FleetInstanceAssert extends AbstractInstanceAssert<FleetInstanceAssert> {
    FleetInstanceAssert(Instance actual) {
      super(actual, FleetInstanceAssert.class);
    }

    FleetInstanceAssert belongsToFleet(String fleet) {
      return hasTag("fleet", fleet);
    }
  }

  /** The team's rule for sharing: only with accounts, never an organization or everyone. */
  static final class PartnerSharingAssert extends AbstractLaunchPermissionsAssert<PartnerSharingAssert> {
    PartnerSharingAssert(List<LaunchPermission> actual) {
      super(actual, PartnerSharingAssert.class);
    }

    PartnerSharingAssert isSharedWithAccountsOnly() {
      isNotNull();
      List<LaunchPermission> others = actual.stream().filter(p -> p.kind() != LaunchPermission.Kind.ACCOUNT)
          .collect(java.util.stream.Collectors.toList());
      if (!others.isEmpty()) {
        failWithMessage("Expected image to be shared with accounts only but it was also shared with <%s>", others);
      }
      return myself;
    }
  }
}
