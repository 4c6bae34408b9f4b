package io.ami4j.bench;

import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.http.FakeEc2Server;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code server-throughput}: DescribeImages by id per second from 8 concurrent SDK clients against
 * the fake's HTTP endpoint, for 5 seconds after a 2-second warm-up (clients and server share the
 * machine's cores). Goal: at least 1,000 calls a second.
 */
final class ServerThroughputBenchmark implements Benchmark {
  private static final int CLIENTS = 8;
  private static final long WARM_UP_MS = 2_000;
  private static final long MEASURE_MS = 5_000;

  @Override
  public String name() {
    return "server-throughput";
  }

  @Override
  public String description() {
    return "calls per second from 8 concurrent SDK Ec2Clients against the fake server";
  }

  @Override
  public Result run(PrintStream out) throws Exception {
    FakeEc2 world = FakeEc2.create();
    String image = world.provider().getParameter(Call.in(Region.of("us-east-1")),
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").orElseThrow().value();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try (FakeEc2Server server = FakeEc2Server.builder().world(world).threads(CLIENTS).start()) {
      List<Ec2Client> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(Ec2Clients.to(server.endpoint()));
      }
      long warm = run(pool, clients, image, WARM_UP_MS);
      long calls = run(pool, clients, image, MEASURE_MS);
      clients.forEach(Ec2Client::close);
      double perSecond = calls / (MEASURE_MS / 1000.0);
      out.printf("%d clients: %.0f calls/s (%d calls in %d ms, after %d warm-up calls)%n", CLIENTS, perSecond, calls,
          MEASURE_MS, warm);
      return new Result(name()).put("clients", CLIENTS).put("calls", calls).put("calls_per_second", perSecond)
          .put("goal_calls_per_second", 1000).put("meets_goal", String.valueOf(perSecond >= 1000));
    } finally {
      pool.shutdownNow();
      world.close();
    }
  }

  private static long run(ExecutorService pool, List<Ec2Client> clients, String image, long millis) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<Long>> counts = new ArrayList<>();
    for (Ec2Client c : clients) {
      counts.add(pool.submit(() -> {
        long n = 0;
        while (!stop.get()) {
          c.describeImages(r -> r.imageIds(image));
          n++;
        }
        return n;
      }));
    }
    Thread.sleep(millis);
    stop.set(true);
    long total = 0;
    for (Future<Long> f : counts) {
      total += f.get();
    }
    return total;
  }
}
