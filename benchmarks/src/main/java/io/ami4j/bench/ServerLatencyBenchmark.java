package io.ami4j.bench;

import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.http.FakeEc2Server;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code server-latency}: median and p99 of DescribeImages by id and of CreateImage through the
 * SDK's own {@code Ec2Client} against the fake's HTTP endpoint on loopback (client and server
 * share the machine's cores). Goal: median under 2 ms.
 */
final class ServerLatencyBenchmark implements Benchmark {
  private static final int WARM_UP = 2_000;
  private static final int DESCRIBES = 5_000;
  private static final int CREATES = 1_000;

  @Override
  public String name() {
    return "server-latency";
  }

  @Override
  public String description() {
    return "median and p99 of DescribeImages by id and CreateImage through the SDK's Ec2Client against the fake server";
  }

  @Override
  public Result run(PrintStream out) throws Exception {
    FakeEc2 world = FakeEc2.create();
    Region east = Region.of("us-east-1");
    String image = world.provider().getParameter(Call.in(east),
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").orElseThrow().value();
    List<io.ami4j.model.Instance> instances = world.provider().runInstances(Call.in(east), RunInstancesRequest.builder()
        .imageId(io.ami4j.model.ImageId.of(image)).instanceType("t3.micro").count(CREATES).build());
    world.clock().advance(world.timing().instancePending());
    try (FakeEc2Server server = FakeEc2Server.start(world); Ec2Client ec2 = Ec2Clients.to(server.endpoint())) {
      for (int i = 0; i < WARM_UP; i++) {
        ec2.describeImages(r -> r.imageIds(image));
      }
      long[] describe = new long[DESCRIBES];
      for (int i = 0; i < DESCRIBES; i++) {
        long t = System.nanoTime();
        ec2.describeImages(r -> r.imageIds(image));
        describe[i] = System.nanoTime() - t;
      }
      long[] create = new long[CREATES];
      for (int i = 0; i < CREATES; i++) {
        InstanceId id = instances.get(i).id();
        String name = "latency-" + i;
        long t = System.nanoTime();
        ec2.createImage(r -> r.instanceId(id.value()).name(name).noReboot(true));
        create[i] = System.nanoTime() - t;
      }
      Arrays.sort(describe);
      Arrays.sort(create);
      double dMedian = Ec2Clients.quantileMs(describe, 0.5);
      double cMedian = Ec2Clients.quantileMs(create, 0.5);
      out.printf("DescribeImages by id: median %.3f ms, p99 %.3f ms (%d calls)%n", dMedian,
          Ec2Clients.quantileMs(describe, 0.99), DESCRIBES);
      out.printf("CreateImage: median %.3f ms, p99 %.3f ms (%d calls)%n", cMedian,
          Ec2Clients.quantileMs(create, 0.99), CREATES);
      return new Result(name()).put("describe_median_ms", dMedian)
          .put("describe_p99_ms", Ec2Clients.quantileMs(describe, 0.99))
          .put("create_median_ms", cMedian).put("create_p99_ms", Ec2Clients.quantileMs(create, 0.99))
          .put("goal_median_ms", 2.0).put("meets_goal", String.valueOf(dMedian < 2 && cMedian < 2));
    } finally {
      world.close();
    }
  }
}
