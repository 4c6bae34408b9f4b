package io.ami4j.archfixture.cycles.internal.a;

import io.ami4j.AmiClient;
import io.ami4j.archfixture.cycles.internal.b.Beta;
import io.ami4j.archfixture.cycles.model.Thing;

/** An engine package in a cycle with another ({@link Beta}) and with the model, going through the client. */
public final class Alpha {
  Beta beta;
  Thing thing;

  /** Reaches for the public client from inside the engine. */
  Object viaClient(AmiClient client) {
    return client.images();
  }
}
