package io.ami4j.testkit.server;

import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.testkit.http.FakeEc2Server;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The stand-alone fake EC2: {@code java -jar ami4j-fake-ec2.jar --port 0}. Builds an in-memory
 * world on the real clock with short pending durations, serves it on HTTP, prints
 * {@code listening on http://HOST:PORT} once ready, and stops on SIGTERM or Ctrl-C.
 * {@code --help} lists every option.
 */
public final class FakeEc2ServerMain {
  private FakeEc2ServerMain() {}

  /**
   * Runs the server until the JVM is asked to stop.
   *
   * @param args the command line; see {@code --help}
   */
  public static void main(String[] args) {
    // The stand-alone jar carries no SLF4J binding (the testkit is a library); without this,
    // SLF4J warns about that on every start.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    ServerOptions options;
    try {
      options = ServerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ami4j-fake-ec2: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(ServerOptions.usage());
      return;
    }
    FakeEc2Server server = start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      System.err.println("ami4j-fake-ec2: stopped");
      stopped.countDown();
    }, "fake-ec2-shutdown"));
    announce(System.out, server);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Builds the world the options describe and serves it. */
  static FakeEc2Server start(ServerOptions o) {
    FakeEc2.Builder world = FakeEc2.builder().realClock().seed(o.seed).seedCatalog(o.catalog)
        .timing(Timing.builder()
            .createImage(o.createImagePending)
            .registerImage(o.registerImagePending)
            .copyImage(o.copyImagePending)
            .instancePending(o.instancePending)
            .instanceShuttingDown(o.instanceShuttingDown)
            .build());
    if (!o.regions.isEmpty()) {
      world.regions(o.regions.toArray(new Region[0]));
    }
    FakeEc2 built = world.build();
    FakeEc2Server.Builder server = FakeEc2Server.builder().host(o.host).port(o.port);
    if (o.faulty()) {
      FaultPlan plan = faults(o);
      server.providers(account -> FaultingProvider.wrap(built.provider(account), plan, built.time()));
    } else {
      server.world(built);
    }
    return server.start();
  }

  /** The fault plan of the options: random 5xx split evenly, EC2's buckets, lag of new images. */
  static FaultPlan faults(ServerOptions o) {
    FaultPlan.Builder plan = FaultPlan.builder().seed(o.seed);
    if (o.faultRate > 0) {
      plan.probability(FaultKind.INTERNAL_ERROR, o.faultRate / 2).probability(FaultKind.UNAVAILABLE, o.faultRate / 2);
    }
    if (o.throttle) {
      plan.ec2Throttling().refillFactor(o.refillFactor);
    }
    if (!o.consistencyLag.isZero()) {
      plan.consistencyLag(Duration.ZERO, o.consistencyLag);
    }
    return plan.build();
  }

  private static void announce(PrintStream out, FakeEc2Server server) {
    out.println("listening on " + server.endpoint());
    out.flush();
  }
}
