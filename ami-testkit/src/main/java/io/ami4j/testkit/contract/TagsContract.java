package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiNotFoundException;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.ResourceId;
import io.ami4j.model.SnapshotId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CreateTags and DeleteTags on images, snapshots and instances, as DescribeX reports them afterwards. */
public abstract class TagsContract extends ContractSupport {
  /** For subclasses. */
  protected TagsContract() {}

  private Map<String, String> tagsOfInstance(Instance instance) {
    return describeInstances(List.of(instance.id())).get(0).tags();
  }

  @Test
  @DisplayName("tags added to an image, a snapshot and an instance in one call show on each")
  void tagsManyResourcesAtOnce() {
    Image image = availableImage("tagged");
    SnapshotId snapshot = newSnapshot(8);
    Instance instance = runningInstance();
    List<ResourceId> resources = List.of(image.id(), snapshot, instance.id());

    owner().createTags(call(), resources, Map.of("env", "test", "owner", "contract"));

    eventually().untilAsserted("the tags on every resource", () -> {
      assertThat(image(image.id()).tags()).containsEntry("env", "test").containsEntry("owner", "contract");
      assertThat(snapshot(snapshot).tags()).containsEntry("env", "test").containsEntry("owner", "contract");
      assertThat(tagsOfInstance(instance)).containsEntry("env", "test").containsEntry("owner", "contract");
    });
  }

  @Test
  @DisplayName("CreateTags overwrites a key's value; DeleteTags removes only the keys named")
  void overwritesAndDeletes() {
    Image image = availableImage("retagged");
    SnapshotId snapshot = newSnapshot(8);
    Instance instance = runningInstance();
    List<ResourceId> resources = List.of(image.id(), snapshot, instance.id());
    owner().createTags(call(), resources, Map.of("env", "test", "keep", "me", "drop", "me"));

    owner().createTags(call(), resources, Map.of("env", "prod"));
    owner().deleteTags(call(), resources, List.of("drop"));

    eventually().untilAsserted("the changed tags on every resource", () -> {
      for (Map<String, String> tags : List.of(image(image.id()).tags(), snapshot(snapshot).tags(),
          tagsOfInstance(instance))) {
        assertThat(tags).containsEntry("env", "prod").containsEntry("keep", "me").doesNotContainKey("drop");
      }
    });
  }

  @Test
  @DisplayName("a 51st tag is refused (TagLimitExceeded) and the 50 stay")
  void fiftyTagsAtMost() {
    Image image = availableImage("many-tags");
    Map<String, String> fifty = new java.util.HashMap<>();
    for (int i = 0; i < 50; i++) {
      fifty.put("key-" + i, "value-" + i);
    }
    owner().createTags(call(), List.of(image.id()), fifty);

    io.ami4j.AmiException refused = assertEc2Error(io.ami4j.AmiException.class, "TagLimitExceeded",
        () -> owner().createTags(call(), List.of(image.id()), Map.of("one-too-many", "x")));

    assertThat(refused).isNotInstanceOf(io.ami4j.AmiDryRunException.class);
    eventually().untilAsserted("the fifty tags", () ->
        assertThat(image(image.id()).tags()).hasSize(50).containsAllEntriesOf(fifty));
  }

  @Test
  @DisplayName("tagging an unknown image: InvalidAMIID.NotFound")
  void taggingAnUnknownImageIsNotFound() {
    ImageId unknown = ImageId.of("ami-0fedcba9876543210");

    assertEc2Error(AmiNotFoundException.class, "InvalidAMIID.NotFound",
        () -> owner().createTags(call(), List.of(unknown), Map.of("env", "test")));
  }
}
