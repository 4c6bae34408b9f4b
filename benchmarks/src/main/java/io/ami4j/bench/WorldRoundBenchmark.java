package io.ami4j.bench;

import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.testkit.FakeEc2;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code world-round}: one full lifecycle round on the in-memory world through the SPI — launch,
 * create an image, see it available, copy it, share it, launch from the copy, terminate, and
 * deregister both images with their snapshots (ten calls). Goal: under 50 µs a round.
 */
public final class WorldRoundBenchmark implements Benchmark {
  private static final double GOAL_US = 50;

  @Override
  public String name() {
    return "world-round";
  }

  @Override
  public String description() {
    return "a full lifecycle round (10 SPI calls) on the in-memory world, JMH average time";
  }

  @Override
  public Result run(PrintStream out) throws Exception {
    Jmh.Score s = Jmh.averageTime(Round.class, TimeUnit.MICROSECONDS);
    out.printf("world-round: %.2f ± %.2f µs per round of 10 calls%n", s.mean(), s.error());
    return new Result(name()).put("mean_us", s.mean()).put("error_us", s.error()).put("calls_per_round", 10)
        .put("goal_us", GOAL_US).put("meets_goal", String.valueOf(s.mean() < GOAL_US));
  }

  /** The JMH state and benchmark method. */
  @State(Scope.Thread)
  public static class Round {
    private static final Region EAST = Region.of("us-east-1");
    private static final Region WEST = Region.of("eu-west-1");
    private static final AccountId PARTNER = AccountId.of("111122223333");

    private FakeEc2 world;
    private AmiProvider ec2;
    private ImageId base;
    private long n;

    /** A fresh world per iteration, so the measurement is not of an ever-growing one. */
    @Setup(Level.Iteration)
    public void setUp() {
      world = FakeEc2.create();
      ec2 = world.provider();
      base = ImageId.of(ec2.getParameter(Call.in(EAST),
          "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").orElseThrow().value());
    }

    /** One round. */
    @org.openjdk.jmh.annotations.Benchmark
    public Image round() {
      Call east = Call.in(EAST);
      Call west = Call.in(WEST);
      InstanceId builder = ec2.runInstances(east, RunInstancesRequest.builder().imageId(base)
          .instanceType("t3.micro").build()).get(0).id();
      world.clock().advance(world.timing().instancePending());
      ImageId image = ec2.createImage(east, CreateImageRequest.builder().instanceId(builder)
          .name("round-" + n++).noReboot(true).build());
      world.clock().advance(world.timing().createImage());
      Image available = ec2.describeImages(east, io.ami4j.model.ImageQuery.byIds(List.of(image)),
          io.ami4j.spi.PageRequest.first()).items().get(0);
      ImageId copy = ec2.copyImage(west, CopyImageRequest.builder().sourceImageId(image).sourceRegion(EAST)
          .name(available.name()).build());
      world.clock().advance(world.timing().copyImage());
      ec2.modifyLaunchPermissions(west, copy, List.of(LaunchPermission.account(PARTNER)), List.of());
      InstanceId second = ec2.runInstances(west, RunInstancesRequest.builder().imageId(copy)
          .instanceType("t3.micro").build()).get(0).id();
      ec2.terminateInstances(east, List.of(builder));
      ec2.terminateInstances(west, List.of(second));
      ec2.deregisterImage(west, copy, true);
      ec2.deregisterImage(east, image, true);
      return available;
    }
  }
}
