package io.ami4j;

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
 * amis.instances().terminate(id).apply();
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
   * Terminating instances: end it with {@link TerminateSpec#apply()}, or ask first with
   * {@link TerminateSpec#dryRun()}. The ids are checked here, before any remote call.
   *
   * @param ids the instances
   * @return the spec
   * @throws AmiValidationException when no id is given or one is null
   */
  public TerminateSpec terminate(InstanceId... ids) {
    return new TerminateSpec(engine, region, ids);
  }

  @Override
  public String toString() {
    return "Instances[" + region + "]";
  }
}
