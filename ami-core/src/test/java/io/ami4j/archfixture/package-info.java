/**
 * Classes that break ami4j's architecture rules on purpose, one rule each, so that
 * {@code io.ami4j.ArchitectureTest} can show every rule actually reports a violation. They live
 * in the test sources only and are never part of the imported production classes.
 */
package io.ami4j.archfixture;
