package io.ami4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What KMS {@code DescribeKey} says of a key: its id, its ARN, who manages it and its state.
 *
 * <pre>{@code
 * KmsKeyDescription d = provider.describeKey(Call.in(region), snapshot.kmsKey().orElseThrow());
 * if (d.isAwsManaged()) { ... }  // e.g. the account's default EBS key: never usable by another account
 * }</pre>
 */
@Value.Immutable
public abstract class KmsKeyDescription {
  /** The key's id ({@code KeyId}), e.g. {@code 1234abcd-12ab-34cd-56ef-1234567890ab}. */
  public abstract String keyId();

  /** The key's ARN ({@code Arn}). */
  public abstract KmsKey arn();

  /** Who manages the key ({@code KeyManager}). */
  public abstract KeyManager keyManager();

  /** KMS's {@code KeyState} ({@code Enabled}, {@code Disabled}, {@code PendingDeletion}, …), when answered. */
  public abstract Optional<String> keyState();

  /** Whether AWS manages the key: then no other account can ever use what it encrypts. */
  public boolean isAwsManaged() {
    return keyManager() == KeyManager.AWS;
  }

  /**
   * Makes a description.
   *
   * @param keyId the key id
   * @param arn the key's ARN
   * @param keyManager who manages it
   * @param keyState its state, or {@code null} when not answered
   * @return the description
   */
  public static KmsKeyDescription of(String keyId, KmsKey arn, KeyManager keyManager, String keyState) {
    return ImmutableKmsKeyDescription.builder().keyId(keyId).arn(arn).keyManager(keyManager)
        .keyState(Optional.ofNullable(keyState)).build();
  }
}
