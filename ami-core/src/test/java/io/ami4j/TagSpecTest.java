package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.Images;
import io.ami4j.model.ImageId;
import io.ami4j.model.ResourceId;
import io.ami4j.spi.Ec2Action;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagSpecTest {
  private final ClientFixture f = new ClientFixture();
  private final ImageId image = f.put(Images.withSnapshots(Images.available(Images.id(1), "golden", f.clock.instant()),
      Images.snap(1), Images.snap(2))).id();

  TagSpecTest() {
    f.provider.always(Ec2Action.CREATE_TAGS, inv -> null).always(Ec2Action.DELETE_TAGS, inv -> null);
  }

  @Test
  void tagsTheImageAndItsSnapshotsInOneCallPerChange() {
    TagResult changed = f.client.tags(image).add("env", "prod").add(Map.of("team", "web")).remove("tmp")
        .tagSnapshots().apply();

    assertThat(changed.resources()).containsExactly(image, Images.snap(1), Images.snap(2));
    assertThat(f.provider.calls(Ec2Action.CREATE_TAGS)).singleElement().satisfies(c -> {
      assertThat(c.<List<ResourceId>>arg(0)).containsExactly(image, Images.snap(1), Images.snap(2));
      assertThat(c.<Map<String, String>>arg(1)).containsOnly(Map.entry("env", "prod"), Map.entry("team", "web"));
    });
    assertThat(f.provider.calls(Ec2Action.DELETE_TAGS)).singleElement()
        .satisfies(c -> assertThat(c.<List<String>>arg(1)).containsExactly("tmp"));
  }

  @Test
  void withoutSnapshotsOnlyTheImageIsTagged() {
    assertThat(f.client.tags(image).add("env", "dev").apply().resources()).containsExactly(image);
    assertThat(f.provider.calls(Ec2Action.DESCRIBE_IMAGES)).isEmpty();
  }

  @Test
  void reservedKeysAndEmptyChangesAreRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> f.client.tags(image).add("aws:foo", "x")).isInstanceOf(AmiValidationException.class)
        .hasMessageContaining("aws:");
    assertThatThrownBy(() -> f.client.tags(image).apply()).isInstanceOf(AmiValidationException.class);
    assertThat(f.provider.calls()).isEmpty();
  }

  @Test
  void dryRunChangesNothing() {
    assertThat(f.client.tags(image).add("env", "prod").dryRun().allowed()).isTrue();
    assertThat(f.provider.calls(Ec2Action.CREATE_TAGS)).isEmpty();
  }
}
