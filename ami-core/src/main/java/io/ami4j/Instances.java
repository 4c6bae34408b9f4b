package io.ami4j;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.PageRequest;
import java.util.List;

/**
 * Looking up and terminating instances (launching is {@link AmiClient#launch}).
 *
 * <pre>{@code
 * Instance i = amis.instances().get(id);
 * amis.instances().terminate(id);
 * }</pre>
 */
public final class Instances {
  private final Engine engine;
  private final Region region;

  Instances(Engine engine, Region region) {
    this.engine = engine;
    this.region = region;
  }

  /**
   * The same operations in another region.
   *
   * @param region the region
   * @return a view on that region
   */
  public Instances in(Region region) {
    return new Instances(engine, Check.notNull("region", region));
  }

  /**
   * Describes one instance.
   *
   * @param id the instance
   * @return the instance
   * @throws AmiNotFoundException if it does not exist
   */
  public Instance get(InstanceId id) {
    Check.notNull("instanceId", id);
    List<Instance> found = engine.runner().callNow(region, Ec2Action.DESCRIBE_INSTANCES,
        c -> engine.provider().describeInstances(c, InstanceQuery.byIds(List.of(id)), PageRequest.first())
            .complete("DescribeInstances").items());
    if (found.isEmpty()) {
      throw new AmiNotFoundException("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist", null);
    }
    return found.get(0);
  }

  /**
   * Terminates instances (one TerminateInstances call); they move to {@code shutting-down}. As the
   * way to undo what runs, it is retried outside the client's retry budget (within the policy's
   * attempts), so that it still works when failing work has spent that budget.
   *
   * @param ids the instances
   * @return the instances as described after the call
   */
  public List<Instance> terminate(InstanceId... ids) {
    List<InstanceId> list = checkIds(ids);
    // Terminating is how callers undo what runs: never starved by the client's retry budget.
    engine.runner().compensation().callNow(region, Ec2Action.TERMINATE_INSTANCES, c -> {
      engine.provider().terminateInstances(c, list);
      return null;
    });
    return engine.runner().compensation().callNow(region, Ec2Action.DESCRIBE_INSTANCES,
        c -> engine.provider().describeInstances(c, InstanceQuery.byIds(list), PageRequest.first())
            .complete("DescribeInstances").items());
  }

  /**
   * Asks the backend whether {@link #terminate(InstanceId...)} would be allowed (EC2's
   * {@code DryRun}); terminates nothing.
   *
   * @param ids the instances
   * @return the verdict
   */
  public DryRunResult dryRunTerminate(InstanceId... ids) {
    List<InstanceId> list = checkIds(ids);
    return engine.runner().join(engine.runner().dryRun(region, Ec2Action.TERMINATE_INSTANCES,
        c -> engine.provider().terminateInstances(c, list)));
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
    return "Instances[" + region + "]";
  }
}
