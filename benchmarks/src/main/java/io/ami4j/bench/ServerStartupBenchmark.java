package io.ami4j.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code server-startup}: the stand-alone fake server jar from process start to its first answer
 * (a DescribeImages through the SDK), five times. Goal: under 1 s. The jar is
 * {@code ami-testkit/target/ami4j-fake-ec2.jar} (run from the repository's root after
 * {@code mvn package}), or the path in {@code -Dami4j.fakeEc2Jar=…}.
 */
final class ServerStartupBenchmark implements Benchmark {
  private static final int RUNS = 5;

  @Override
  public String name() {
    return "server-startup";
  }

  @Override
  public String description() {
    return "the stand-alone fake EC2 jar from process start to its first DescribeImages answer";
  }

  @Override
  public Result run(PrintStream out) throws Exception {
    File jar = new File(System.getProperty("ami4j.fakeEc2Jar", "ami-testkit/target/ami4j-fake-ec2.jar"));
    if (!jar.isFile()) {
      throw new IllegalStateException("No fake EC2 jar at " + jar.getAbsolutePath()
          + ": run from the repository's root after mvn package, or pass -Dami4j.fakeEc2Jar=PATH");
    }
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(java, "-jar", jar.getPath(), "--port", "0")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line = lines.readLine();
        if (line == null || !line.startsWith("listening on ")) {
          throw new IllegalStateException("the server did not say where it listens: " + line);
        }
        try (Ec2Client ec2 = Ec2Clients.to(URI.create(line.substring("listening on ".length()).trim()))) {
          ec2.describeImages(r -> r.owners("amazon"));
        }
        nanos[i] = System.nanoTime() - t0;
      } finally {
        p.destroy();
        p.waitFor();
      }
      out.printf("run %d: %.0f ms to the first answer%n", i + 1, nanos[i] / 1e6);
    }
    Arrays.sort(nanos);
    double median = Ec2Clients.quantileMs(nanos, 0.5);
    return new Result(name()).put("runs", RUNS).put("median_ms", median).put("best_ms", nanos[0] / 1e6)
        .put("worst_ms", nanos[RUNS - 1] / 1e6).put("goal_ms", 1000).put("meets_goal", String.valueOf(median < 1000));
  }
}
