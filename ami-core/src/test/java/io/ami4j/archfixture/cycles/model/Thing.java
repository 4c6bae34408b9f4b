package io.ami4j.archfixture.cycles.model;

import io.ami4j.archfixture.cycles.internal.a.Alpha;

/** A model type that depends on the engine, which depends on it: a cycle between layers. */
public final class Thing {
  Alpha alpha;
}
