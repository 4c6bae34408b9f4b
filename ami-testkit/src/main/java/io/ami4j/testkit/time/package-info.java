/**
 * Virtual time for tests and the in-memory world: a {@link io.ami4j.testkit.time.TimeSource}
 * that only moves when told to, a {@link java.time.Clock} over it
 * ({@link io.ami4j.testkit.time.ManualClock}), and a
 * {@link io.ami4j.testkit.time.VirtualScheduler} that runs delayed tasks on that time, so that a
 * 30-minute wait completes in microseconds of real time.
 */
package io.ami4j.testkit.time;
