package io.ami4j.spi;

import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import java.util.List;

/** Launching, finding and terminating instances. Part of {@link AmiProvider}. */
public interface InstanceCalls {

  /** RunInstances: the instances start {@code pending}. */
  @Ec2Call(Ec2Action.RUN_INSTANCES)
  List<Instance> runInstances(Call call, RunInstancesRequest request);

  /** DescribeInstances: one page. */
  @Ec2Call(Ec2Action.DESCRIBE_INSTANCES)
  Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page);

  /** TerminateInstances. */
  @Ec2Call(Ec2Action.TERMINATE_INSTANCES)
  void terminateInstances(Call call, List<InstanceId> instanceIds);
}
