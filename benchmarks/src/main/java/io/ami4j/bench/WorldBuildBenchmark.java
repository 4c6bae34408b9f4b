package io.ami4j.bench;

import io.ami4j.testkit.FakeEc2;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code world-build}: a fresh in-memory world with its public catalog in four regions.
 * Goal: under 20 ms (an HTTP emulator written in Python needs about 1.5 s to start).
 */
public final class WorldBuildBenchmark implements Benchmark {
  private static final double GOAL_MS = 20;

  @Override
  public String name() {
    return "world-build";
  }

  @Override
  public String description() {
    return "a fresh FakeEc2 world with its catalog in four regions, JMH average time";
  }

  @Override
  public Result run(PrintStream out) throws Exception {
    Jmh.Score s = Jmh.averageTime(Build.class, TimeUnit.MICROSECONDS);
    double ms = s.mean() / 1000;
    out.printf("world-build: %.3f ± %.3f ms per world%n", ms, s.error() / 1000);
    return new Result(name()).put("mean_ms", ms).put("error_ms", s.error() / 1000).put("goal_ms", GOAL_MS)
        .put("meets_goal", String.valueOf(ms < GOAL_MS));
  }

  /** The JMH benchmark method. */
  @State(Scope.Thread)
  public static class Build {
    /** One world. */
    @org.openjdk.jmh.annotations.Benchmark
    public FakeEc2 build() {
      return FakeEc2.create();
    }
  }
}
