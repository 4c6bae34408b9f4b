/**
 * AssertJ assertions for ami4j's model, reached through one entry point,
 * {@link io.ami4j.testkit.assertions.AmiAssertions}:
 * {@code assertThat(image).isAvailable().hasTag("env", "prod")}. Each assertion class has an
 * {@code Abstract*Assert} base ({@link io.ami4j.testkit.assertions.AbstractImageAssert}, …) that a
 * team extends with checks of its own, as AssertJ's own assertions are extended. Needs AssertJ on
 * the class path (an optional dependency of ami-testkit).
 */
package io.ami4j.testkit.assertions;
