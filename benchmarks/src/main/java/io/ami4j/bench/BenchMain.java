package io.ami4j.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one benchmark: {@code java -jar ami4j-benchmarks.jar NAME}; {@code --list} lists them. The
 * last line printed is {@code RESULT NAME key=value …}.
 */
public final class BenchMain {
  private static final Map<String, Supplier<Benchmark>> BENCHMARKS = new LinkedHashMap<>();

  static {
    register(WorldRoundBenchmark::new);
    register(WorldBuildBenchmark::new);
    register(BulkCleanupBenchmark::new);
    register(BulkCleanupHttpBenchmark::new);
    register(BulkCleanupSharedBenchmark::new);
    register(ServerStartupBenchmark::new);
    register(ServerLatencyBenchmark::new);
    register(ServerThroughputBenchmark::new);
    register(ShareManyBenchmark::new);
    register(AwaitManyBenchmark::new);
    register(List100kBenchmark::new);
  }

  private BenchMain() {}

  private static void register(Supplier<Benchmark> b) {
    BENCHMARKS.put(b.get().name(), b);
  }

  /**
   * Runs the benchmark named by the first argument.
   *
   * @param args {@code NAME} or {@code --list}
   * @throws Exception when the benchmark fails
   */
  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) throws Exception {
    if (args.length != 1 || args[0].equals("--help")) {
      out.println("usage: java -jar ami4j-benchmarks.jar NAME | --list");
      return args.length == 1 ? 0 : 2;
    }
    if (args[0].equals("--list")) {
      BENCHMARKS.forEach((name, b) -> out.println(name + "\t" + b.get().description()));
      return 0;
    }
    Supplier<Benchmark> b = BENCHMARKS.get(args[0]);
    if (b == null) {
      out.println("unknown benchmark " + args[0] + "; known: " + BENCHMARKS.keySet());
      return 2;
    }
    Result r = b.get().run(out);
    out.println(r.line());
    return 0;
  }
}
