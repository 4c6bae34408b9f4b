/**
 * JUnit 5 support: annotate a test class or method with {@link io.ami4j.testkit.junit.AmiTest}
 * (its attributes say how the world is built) and declare parameters of type {@code FakeEc2},
 * {@code AmiClient}, {@code VirtualClock}, {@code VirtualScheduler} or {@code AmiProvider}; a
 * client or provider of another account with {@link io.ami4j.testkit.junit.Account}.
 * Needs JUnit Jupiter on the class path (an optional dependency of ami-testkit).
 */
package io.ami4j.testkit.junit;
