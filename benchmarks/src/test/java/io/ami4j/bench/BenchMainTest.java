package io.ami4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher's contract, and the token-bucket bound the efficiencies are measured against. */
class BenchMainTest {

  private static String run(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchMain.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listsEveryBenchmark() throws Exception {
    assertThat(run("--list").lines().map(l -> l.split("\t")[0]))
        .containsExactly("world-round", "world-build", "bulk-cleanup", "bulk-cleanup-http", "bulk-cleanup-shared", "server-startup", "server-latency", "server-throughput", "share-many", "await-many", "list-100k");
  }

  @Test
  void anUnknownNameSaysWhichAreKnown() throws Exception {
    assertThat(run("nope")).contains("unknown benchmark nope", "bulk-cleanup");
  }

  @Test
  void theLastLineOfARunIsItsResult() throws Exception {
    String out = run("share-many");
    String last = out.lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).startsWith("RESULT share-many ").contains("shared=1000", "modify_calls=5", "calls=8");
  }

  @Test
  void theLowerBoundIsTheSlowestBucketAfterItsBurst() {
    RateLimits limits = RateLimits.ec2Defaults().refillFactor(50);
    // DeregisterImage: (1000 - 100) / 250 = 3.6 s; 12 describes fit in the burst.
    assertThat(Buckets.lowerBoundSeconds(Map.of(Ec2Action.DEREGISTER_IMAGE, 1000L, Ec2Action.DESCRIBE_IMAGES, 12L),
        limits)).isEqualTo(3.6);
    // DescribeImages and DescribeInstances share one bucket.
    assertThat(Buckets.lowerBoundSeconds(Map.of(Ec2Action.DESCRIBE_IMAGES, 1100L, Ec2Action.DESCRIBE_INSTANCES,
        1000L), limits)).isEqualTo(2.0);
  }
}
