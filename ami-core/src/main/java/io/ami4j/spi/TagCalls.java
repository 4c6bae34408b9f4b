package io.ami4j.spi;

import io.ami4j.model.ResourceId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Tags of images, snapshots and instances. Part of {@link AmiProvider}. */
public interface TagCalls {

  /** CreateTags: adds or overwrites tags on images, snapshots or instances. */
  @Ec2Call(Ec2Action.CREATE_TAGS)
  void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags);

  /** DeleteTags: removes tags by key. */
  @Ec2Call(Ec2Action.DELETE_TAGS)
  void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys);
}
