package io.ami4j.bench;

import java.io.PrintStream;

/** One benchmark: runs once, prints what it does as it goes, and answers its result. */
interface Benchmark {
  /** The name BenchMain runs it by, e.g. {@code bulk-cleanup}. */
  String name();

  /** One line for {@code --list}. */
  String description();

  /**
   * Runs the benchmark.
   *
   * @param out where progress goes
   * @return the measurements
   * @throws Exception when the benchmark cannot run
   */
  Result run(PrintStream out) throws Exception;
}
