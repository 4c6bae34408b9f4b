package io.ami4j.aws.internal.ops;

import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.aws.internal.map.BlockDeviceMappings;
import io.ami4j.aws.internal.map.Filters;
import io.ami4j.aws.internal.map.InstanceMapper;
import io.ami4j.aws.internal.map.Pages;
import io.ami4j.aws.internal.map.TagMapper;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileSpecification;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;

/** Launching from images: RunInstances, DescribeInstances, TerminateInstances. */
public final class InstanceOperations {
  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public InstanceOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * RunInstances: exactly {@code count} instances or none ({@code MinCount = MaxCount}).
   *
   * @param call the call
   * @param request the request
   * @return the instances, {@code pending}
   */
  public List<Instance> runInstances(Call call, RunInstancesRequest request) {
    RunInstancesResponse answer = Remote.call(Ec2Action.RUN_INSTANCES, () -> clients.ec2(call.region()).runInstances(r -> r
        .imageId(request.imageId().value())
        .instanceType(request.instanceType())
        .minCount(request.count())
        .maxCount(request.count())
        .subnetId(request.subnetId().orElse(null))
        .securityGroupIds(request.securityGroupIds())
        .keyName(request.keyName().orElse(null))
        .userData(request.userData().map(InstanceOperations::base64).orElse(null))
        .iamInstanceProfile(request.iamInstanceProfile().map(InstanceOperations::profile).orElse(null))
        .blockDeviceMappings(BlockDeviceMappings.toSdk(request.blockDeviceMappings()))
        .tagSpecifications(TagMapper.addSpec(new ArrayList<>(), ResourceType.INSTANCE, request.tags()))
        // Without the caller's token the SDK sends a fresh UUID: idempotent within this call only.
        .clientToken(request.clientToken().orElse(null))
        .dryRun(DryRun.of(call))));
    return InstanceMapper.fromSdk(answer.instances());
  }

  /**
   * DescribeInstances: one page.
   *
   * @param call the call
   * @param query what to describe
   * @param page which page
   * @return the page
   */
  public Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page) {
    DescribeInstancesResponse answer = Remote.call(Ec2Action.DESCRIBE_INSTANCES,
        () -> clients.ec2(call.region()).describeInstances(r -> r
            .instanceIds(query.instanceIds().stream().map(InstanceId::value).collect(Collectors.toList()))
            .filters(Filters.toSdk(query.filters()))
            // EC2 refuses MaxResults together with instance ids.
            .maxResults(query.instanceIds().isEmpty()
                ? Pages.maxResults(page, Pages.EC2_DESCRIBE_MIN, Pages.EC2_MAX) : null)
            .nextToken(Pages.token(page))));
    return InstanceMapper.page(answer.reservations(), answer.nextToken());
  }

  /**
   * TerminateInstances.
   *
   * @param call the call
   * @param instanceIds the instances
   */
  public void terminateInstances(Call call, List<InstanceId> instanceIds) {
    Remote.call(Ec2Action.TERMINATE_INSTANCES, () -> clients.ec2(call.region()).terminateInstances(r -> r
        .instanceIds(instanceIds.stream().map(InstanceId::value).collect(Collectors.toList()))
        .dryRun(DryRun.of(call))));
  }

  // EC2 takes user data base64-encoded; the request holds it as text.
  private static String base64(String userData) {
    return Base64.getEncoder().encodeToString(userData.getBytes(StandardCharsets.UTF_8));
  }

  private static IamInstanceProfileSpecification profile(String nameOrArn) {
    IamInstanceProfileSpecification.Builder b = IamInstanceProfileSpecification.builder();
    return (nameOrArn.startsWith("arn:") ? b.arn(nameOrArn) : b.name(nameOrArn)).build();
  }
}
