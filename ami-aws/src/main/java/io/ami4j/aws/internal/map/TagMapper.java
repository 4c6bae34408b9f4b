package io.ami4j.aws.internal.map;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Tags between ami4j's maps and EC2's {@code Tag} lists and {@code TagSpecification}s. */
public final class TagMapper {
  private TagMapper() {}

  /**
   * Maps tags to EC2's.
   *
   * @param tags key to value
   * @return EC2's tags
   */
  public static List<Tag> toSdk(Map<String, String> tags) {
    return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
        .collect(Collectors.toList());
  }

  /**
   * Tag keys to remove, as EC2's tags without values (a value would remove only that value).
   *
   * @param keys the keys
   * @return EC2's tags
   */
  public static List<Tag> keysToSdk(Collection<String> keys) {
    return keys.stream().map(k -> Tag.builder().key(k).build()).collect(Collectors.toList());
  }

  /**
   * Reads EC2's tags.
   *
   * @param tags EC2's tags, or {@code null}
   * @return key to value, in EC2's order
   */
  public static Map<String, String> fromSdk(List<Tag> tags) {
    Map<String, String> out = new LinkedHashMap<>();
    if (tags != null) {
      tags.forEach(t -> out.put(t.key(), t.value() == null ? "" : t.value()));
    }
    return out;
  }

  /**
   * A tag specification, added to {@code specs} only when there are tags (EC2 refuses an empty one).
   *
   * @param specs where to add it
   * @param type the resource type
   * @param tags the tags
   * @return {@code specs}
   */
  public static List<TagSpecification> addSpec(List<TagSpecification> specs, ResourceType type,
      Map<String, String> tags) {
    if (!tags.isEmpty()) {
      specs.add(TagSpecification.builder().resourceType(type).tags(toSdk(tags)).build());
    }
    return specs;
  }
}
