package io.ami4j.examples;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.AmiException;
import io.ami4j.AmiOptInRequiredException;
import io.ami4j.LaunchedInstance;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import java.io.PrintStream;
import java.util.Optional;

/** The short examples: each runs on its own in-memory world and prints what it shows. */
final class SmallExamples {
  private static final Region REGION = Region.of("us-east-1");

  private SmallExamples() {}

  /** The latest Amazon Linux 2023 and 2 for both architectures, and why "latest" needs an owner. */
  static int latestAmazonLinux(PrintStream out) {
    try (FakeEc2 world = FakeEc2.create(); AmiClient amis = world.clientBuilder().region(REGION).build()) {
      for (AmazonLinux release : AmazonLinux.values()) {
        for (Architecture arch : new Architecture[] {Architecture.X86_64, Architecture.ARM64}) {
          try {
            Image i = amis.images().amazonLinux(release, arch);
            out.printf("%-6s %-7s %s  %s%n", release, arch.wireValue(), i.id(), i.name());
          } catch (AmiException e) {
            out.printf("%-6s %-7s not published: %s%n", release, arch.wireValue(), e.getMessage());
          }
        }
      }
      Optional<Image> newest = amis.images().query().ownedBy(Owner.AMAZON).named("al2023-ami-2023.*-x86_64").latest();
      out.println("newest AL2023 x86_64 owned by amazon: " + newest.map(i -> i.id() + " " + i.name()).orElse("none"));
      try {
        amis.images().query().named("al2023-ami-2023.*-x86_64").latest();
        out.println("an owner-less latest() ran: that must never happen");
        return 1;
      } catch (AmiException e) {
        out.println("owner-less latest() refused: " + e.getMessage());
      }
      return 0;
    }
  }

  /** Account A shares an image with account B; B launches it; after revoking, B cannot. */
  static int shareAcrossAccounts(PrintStream out) {
    try (FakeEc2 world = FakeEc2.create();
         AmiClient owner = world.clientBuilder().region(REGION).build();
         AmiClient partner = world.clientBuilder(Target.PARTNER).region(REGION).build()) {
      SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, REGION, 8);
      Image image = owner.register().fromSnapshot(snap).named("shared-base").architecture(Architecture.X86_64)
          .rootDevice("/dev/xvda").ena().submit().await();
      out.println("account " + FakeEc2.DEFAULT_ACCOUNT + " registered " + image.id() + " " + image.state().wireValue());
      owner.sharing(image.id()).grant(LaunchPermission.account(Target.PARTNER)).shareSnapshots().apply();
      out.println("shared with " + Target.PARTNER + ": " + owner.sharing(image.id()).list());
      LaunchedInstance li = partner.launch(image.id()).instanceType("t3.micro").submit().await().get(0);
      out.println("account " + Target.PARTNER + " launched " + li.id() + " from it: "
          + li.state().wireValue());
      owner.sharing(image.id()).revoke(LaunchPermission.account(Target.PARTNER)).apply();
      try {
        partner.launch(image.id()).instanceType("t3.micro").submit().await();
        out.println("the partner could still launch after the grant was revoked: wrong");
        return 1;
      } catch (AmiException e) {
        out.println("after revoking, the partner is refused: " + e.errorCode());
      }
      return 0;
    }
  }

  /** A paid marketplace image is refused until the account subscribes; its instances carry the product code. */
  static int paidImage(PrintStream out) {
    try (FakeEc2 world = FakeEc2.create(); AmiClient amis = world.clientBuilder().region(REGION).build()) {
      Image paid = amis.images().query().ownedBy(Owner.AWS_MARKETPLACE)
          .productCode(FakeEc2.MARKETPLACE_PRODUCT_CODE).latest().orElseThrow();
      out.println("paid image " + paid.id() + " " + paid.name() + ", product code " + paid.productCodes());
      try {
        amis.launch(paid.id()).instanceType("m5.large").submit().await();
        out.println("launched without a subscription: wrong");
        return 1;
      } catch (AmiOptInRequiredException e) {
        out.println("refused before subscribing: " + e.errorCode());
      }
      world.subscribe(FakeEc2.DEFAULT_ACCOUNT, FakeEc2.MARKETPLACE_PRODUCT_CODE);
      LaunchedInstance li = amis.launch(paid.id()).instanceType("m5.large").submit().await().get(0);
      out.println("after subscribing: " + li.id() + " " + li.state().wireValue()
          + ", product codes " + li.instance().productCodes());
      return 0;
    }
  }

}
