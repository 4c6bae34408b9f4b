package io.ami4j.aws.internal.ops;

import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.aws.internal.map.TagMapper;
import io.ami4j.model.ResourceId;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tags on images, snapshots and instances: CreateTags and DeleteTags. */
public final class TagOperations {
  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public TagOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * CreateTags.
   *
   * @param call the call
   * @param resources the resources
   * @param tags the tags to add or overwrite
   */
  public void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
    Remote.call(Ec2Action.CREATE_TAGS, () -> clients.ec2(call.region()).createTags(r -> r
        .resources(ids(resources)).tags(TagMapper.toSdk(tags)).dryRun(DryRun.of(call))));
  }

  /**
   * DeleteTags: by key, whatever the value.
   *
   * @param call the call
   * @param resources the resources
   * @param keys the keys
   */
  public void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
    Remote.call(Ec2Action.DELETE_TAGS, () -> clients.ec2(call.region()).deleteTags(r -> r
        .resources(ids(resources)).tags(TagMapper.keysToSdk(keys)).dryRun(DryRun.of(call))));
  }

  private static List<String> ids(List<? extends ResourceId> resources) {
    return resources.stream().map(ResourceId::value).collect(Collectors.toList());
  }
}
