package io.ami4j.testkit.http;

import java.util.Map;

/** A family of actions (images, sharing, snapshots, …) that registers its handlers by name. */
interface ActionGroup {
  /** Adds this group's handlers to {@code table}, keyed by action name. */
  void registerInto(Map<String, ActionHandler> table);
}
