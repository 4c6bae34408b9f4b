package io.ami4j.testkit.http;

/**
 * One Query-protocol action: reads its parameters, makes the provider call, and writes the
 * members of its answer inside the {@code <ActionResponse>} element the endpoint opened.
 */
@FunctionalInterface
interface ActionHandler {
  void handle(ActionContext context, XmlWriter out);
}
