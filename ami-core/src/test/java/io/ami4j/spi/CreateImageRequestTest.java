package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.InstanceId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CreateImage: reboot by default; tags for the image and for its snapshots each checked. */
class CreateImageRequestTest {
  private static CreateImageRequest.Builder create() {
    return CreateImageRequest.builder().instanceId(InstanceId.of("i-0123456789abcdef0")).name("web");
  }

  @Test
  void rebootsByDefaultLikeEc2() {
    assertThat(create().build().noReboot()).isFalse();
    assertThat(create().noReboot(true).build().noReboot()).isTrue();
  }

  @Test
  void imageAndSnapshotTagsAreBothChecked() {
    Map<String, String> fiftyOne = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      fiftyOne.put("k" + i, "v");
    }
    assertRejected(() -> create().putAllImageTags(fiftyOne).build(), "tags", "at most 50");
    assertRejected(() -> create().putAllSnapshotTags(fiftyOne).build(), "tags", "at most 50");
    assertRejected(() -> create().putSnapshotTags("AWS:backup", "x").build(), "tag key", "'aws:'");
    CreateImageRequest r = create().putImageTags("env", "prod").putSnapshotTags("env", "prod").build();
    assertThat(r.imageTags()).containsEntry("env", "prod");
    assertThat(r.snapshotTags()).containsEntry("env", "prod");
  }
}
