package io.ami4j.bench;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs one JMH benchmark class briefly (one fork, two warm-up and three one-second iterations). */
final class Jmh {
  private Jmh() {}

  /** The measured score and its error, in {@code unit} per operation. */
  record Score(double mean, double error) {}

  static Score averageTime(Class<?> benchmark, TimeUnit unit) throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include("^" + Pattern.quote(benchmark.getCanonicalName() + "."))
        .forks(1)
        .warmupIterations(2).warmupTime(TimeValue.seconds(1))
        .measurementIterations(3).measurementTime(TimeValue.seconds(1))
        .mode(Mode.AverageTime).timeUnit(unit)
        .shouldFailOnError(true)
        .build()).run();
    RunResult r = results.iterator().next();
    return new Score(r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError());
  }
}
