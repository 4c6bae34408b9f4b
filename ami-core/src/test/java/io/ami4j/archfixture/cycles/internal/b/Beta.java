package io.ami4j.archfixture.cycles.internal.b;

import io.ami4j.archfixture.cycles.internal.a.Alpha;

/** Depends back on {@link Alpha}: a cycle between two engine packages. */
public final class Beta {
  Alpha alpha;
}
