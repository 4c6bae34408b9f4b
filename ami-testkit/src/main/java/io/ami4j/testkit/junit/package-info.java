/**
 * JUnit 5 support: annotate a test class with {@link io.ami4j.testkit.junit.AmiTest} and declare
 * parameters of type {@code FakeEc2}, {@code AmiClient}, {@code VirtualClock},
 * {@code VirtualScheduler} or {@code AmiProvider}.
 */
package io.ami4j.testkit.junit;
