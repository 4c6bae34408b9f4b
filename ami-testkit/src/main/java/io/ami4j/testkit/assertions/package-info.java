/**
 * AssertJ assertions for ami4j's model, reached through one entry point,
 * {@link io.ami4j.testkit.assertions.AmiAssertions}:
 * {@code assertThat(image).isAvailable().hasTag("env", "prod")}.
 */
package io.ami4j.testkit.assertions;
