package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link TerminateSpec#apply()} did: the instances as described right after the
 * TerminateInstances call (usually {@code shutting-down}).
 *
 * <pre>{@code TerminateResult r = amis.instances().terminate(a, b).apply(); }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class TerminateResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TerminateResult}. */
  public static final class Builder extends ImmutableTerminateResult.Builder {}

  /** The instances as described after the call. */
  public abstract List<Instance> instances();

  /** The ids of {@link #instances()}, in the same order. */
  public List<InstanceId> ids() {
    return instances().stream().map(Instance::id).toList();
  }

  @Override
  public String toString() {
    return "TerminateResult" + ids();
  }
}
