package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.PageRequest;
import java.util.List;

/**
 * Terminating instances, made by {@link Instances#terminate(InstanceId...)}: {@link #apply()}
 * makes one TerminateInstances call, {@link #dryRun()} asks whether it would be allowed.
 *
 * <pre>{@code
 * amis.instances().terminate(builderId, webId).apply();
 * DryRunResult allowed = amis.instances().terminate(id).dryRun();
 * }</pre>
 */
public final class TerminateSpec {
  private final Engine engine;
  private final Region region;
  private final List<InstanceId> ids;

  TerminateSpec(Engine engine, Region region, InstanceId... ids) {
    this.engine = engine;
    this.region = region;
    this.ids = checkIds(ids);
  }

  /**
   * Terminates the instances (one TerminateInstances call); they move to {@code shutting-down}. As
   * the way to undo what runs, it is retried outside the client's retry budget (within the policy's
   * attempts), so that it still works when failing work has spent that budget.
   *
   * @return the instances as described after the call
   */
  public TerminateResult apply() {
    // Terminating is how callers undo what runs: never starved by the client's retry budget.
    engine.runner().compensation().callNow(region, Ec2Action.TERMINATE_INSTANCES, c -> {
      engine.provider().terminateInstances(c, ids);
      return null;
    });
    return TerminateResult.builder().instances(engine.runner().compensation().callNow(region,
        Ec2Action.DESCRIBE_INSTANCES, c -> engine.provider().describeInstances(c, InstanceQuery.byIds(ids),
            PageRequest.first()).complete("DescribeInstances").items())).build();
  }

  /**
   * Asks the backend whether {@link #apply()} would be allowed (EC2's {@code DryRun}); terminates
   * nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRun() {
    return engine.runner().join(engine.runner().dryRun(region, Ec2Action.TERMINATE_INSTANCES,
        c -> engine.provider().terminateInstances(c, ids)));
  }

  private static List<InstanceId> checkIds(InstanceId[] ids) {
    Check.notNull("instanceIds", ids);
    Check.that(ids.length > 0, "instanceIds", "none", "must name at least one instance");
    for (InstanceId id : ids) {
      Check.notNull("instanceId", id);
    }
    return List.of(ids);
  }

  @Override
  public String toString() {
    return "TerminateSpec" + ids + " in " + region;
  }
}
