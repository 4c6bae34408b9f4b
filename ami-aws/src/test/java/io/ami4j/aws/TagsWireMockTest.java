package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.ImageId;
import io.ami4j.model.SnapshotId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagsWireMockTest extends AwsWireMockSupport {
  @Test
  void createTagsTagsEveryResourceInOneCall() {
    answerEc2("CreateTags");
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("env", "prod");
    tags.put("empty", "");

    aws.createTags(CALL, List.of(ImageId.of("ami-0abcdef1234567890"), SnapshotId.of("snap-0123456789abcdef0")), tags);

    assertThat(onlyRequest("CreateTags")).isEqualTo(ec2Params("CreateTags",
        "ResourceId.1", "ami-0abcdef1234567890",
        "ResourceId.2", "snap-0123456789abcdef0",
        "Tag.1.Key", "env",
        "Tag.1.Value", "prod",
        "Tag.2.Key", "empty",
        "Tag.2.Value", ""));
  }

  @Test
  void deleteTagsSendsKeysWithoutValuesSoAnyValueIsRemoved() {
    answerEc2("DeleteTags");

    aws.deleteTags(CALL.asDryRun(), List.of(ImageId.of("ami-0abcdef1234567890")), List.of("env", "team"));

    assertThat(onlyRequest("DeleteTags")).isEqualTo(ec2Params("DeleteTags",
        "DryRun", "true",
        "ResourceId.1", "ami-0abcdef1234567890",
        "Tag.1.Key", "env",
        "Tag.2.Key", "team"));
  }
}
