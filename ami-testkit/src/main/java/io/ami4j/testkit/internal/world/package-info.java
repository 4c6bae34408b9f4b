/**
 * The in-memory EC2 world behind {@link io.ami4j.testkit.FakeEc2}: its state (accounts ×
 * regions), EC2's rules over it, and the fake provider that serves one account's view. Not
 * exported: users reach it through {@code FakeEc2}.
 *
 * <p>Every read and write holds the world's one lock. State that changes with time (an image's
 * {@code pending → available}, an instance's transitions) is computed from the clock when it is
 * read, so the world needs no threads of its own.
 */
package io.ami4j.testkit.internal.world;
