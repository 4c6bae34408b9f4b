package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Region;
import org.junit.jupiter.api.Test;

/** CopyImage: a KMS key only with encryption, an idempotency token of 1–64 characters. */
class CopyImageRequestTest {
  private static CopyImageRequest.Builder copy() {
    return CopyImageRequest.builder().sourceImageId(ImageId.of("ami-0123456789abcdef0"))
        .sourceRegion(Region.of("us-east-1")).name("web-copy");
  }

  @Test
  void aKmsKeyNeedsEncryption() {
    assertRejected(() -> copy().kmsKey(KmsKey.alias("ami")).build(), "kmsKey", "encrypted(true)");
    CopyImageRequest r = copy().encrypted(true).kmsKey(KmsKey.alias("ami")).build();
    assertThat(r.kmsKey()).contains(KmsKey.alias("ami"));
    assertThat(r.encrypted()).isTrue();
  }

  @Test
  void encryptionWithoutAKeyUsesTheAccountDefault() {
    CopyImageRequest r = copy().encrypted(true).build();
    assertThat(r.kmsKey()).isEmpty();
  }

  @Test
  void defaultsAreUnencryptedWithoutCopyingTags() {
    CopyImageRequest r = copy().build();
    assertThat(r.encrypted()).isFalse();
    assertThat(r.copyImageTags()).isFalse();
    assertThat(r.clientToken()).isEmpty();
  }

  @Test
  void clientTokensAreOneTo64Characters() {
    assertThat(copy().clientToken("t".repeat(64)).build().clientToken()).contains("t".repeat(64));
    assertThat(copy().clientToken("t").build().clientToken()).contains("t");
    assertRejected(() -> copy().clientToken("").build(), "clientToken", "1 to 64 characters");
    assertRejected(() -> copy().clientToken("t".repeat(65)).build(), "clientToken", "1 to 64 characters");
  }

  @Test
  void tagsAreChecked() {
    assertRejected(() -> copy().putTags("k", "v".repeat(257)).build(), "tag value", "at most 256");
  }
}
