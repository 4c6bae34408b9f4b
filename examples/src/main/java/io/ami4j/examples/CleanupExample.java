package io.ami4j.examples;

import io.ami4j.AmiClient;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImageId;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.testkit.FakeEc2;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Cleanup by policy on the in-memory world: ten weekly builds of {@code web}, one still running
 * an instance, one protected; keep the two newest and anything younger than two weeks; print the
 * plan (nothing changes), execute it, print the report.
 */
public final class CleanupExample {
  private static final Region REGION = Region.of("us-east-1");

  private CleanupExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.exit(run(System.out));
  }

  /**
   * Runs the example.
   *
   * @param out where the plan and the report go
   * @return 0 when the report is complete and the plan changed nothing, 1 otherwise
   */
  public static int run(PrintStream out) {
    FakeEc2 world = FakeEc2.create();
    AmiProvider ec2 = world.provider();
    Call call = Call.in(REGION);
    ImageId inUse = null;
    for (int week = 0; week < 10; week++) {
      ImageId id = build(world, ec2, call, "web-" + world.clock().instant().toString().substring(0, 10));
      if (week == 1) {
        inUse = id;
      }
      if (week == 2) {
        ec2.enableDeregistrationProtection(call, id, false);
      }
      world.clock().advance(Duration.ofDays(7));
    }
    ec2.runInstances(call, RunInstancesRequest.builder().imageId(inUse).instanceType("t3.micro").build());

    try (world; AmiClient amis = world.clientBuilder().region(REGION).build()) {
      int before = world.mutations().size();
      CleanupPlan plan = amis.cleanup()
          .matching(q -> q.ownedBy(Owner.SELF).named("web-*"))
          .groupByNamePrefix()
          .keepLatest(2)
          .keepYoungerThan(Duration.ofDays(14))
          .plan();
      out.println("== plan (made with read-only calls) ==");
      out.print(plan.toTable());
      int changedByPlan = world.mutations().size() - before;
      out.println("changes made by planning: " + changedByPlan);

      CleanupResult report = plan.submit().await();
      out.println();
      out.println("== report ==");
      out.print(report.toTable());
      return report.complete() && changedByPlan == 0 ? 0 : 1;
    }
  }

  private static ImageId build(FakeEc2 world, AmiProvider ec2, Call call, String name) {
    RegisterImageRequest.Builder b = RegisterImageRequest.builder().name(name).rootDeviceName("/dev/xvda")
        .architecture(Architecture.X86_64).virtualizationType(VirtualizationType.HVM);
    b.addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda",
        EbsBlockDevice.builder().snapshotId(world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, REGION, 8)).build()));
    b.addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/sdb",
        EbsBlockDevice.builder().snapshotId(world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, REGION, 20)).build()));
    ImageId id = ec2.registerImage(call, b.build());
    world.clock().advance(world.timing().registerImage());
    return id;
  }
}
