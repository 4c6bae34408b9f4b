package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.KeyManager;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.model.Region;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The KMS keys of one region, as EC2 and KMS see them: each account's AWS managed default EBS key
 * ({@code alias/aws/ebs}) and its customer managed keys, each with a key id and ARN.
 *
 * <p>EC2 answers a snapshot's key as the key's ARN, whatever name the request gave it, so the
 * world stores ARNs. A customer key is made on its first mention (the world assumes the keys a
 * test names exist); an AWS managed key is made on first use, as KMS does. Key ids are derived
 * from the account, region and name, so they repeat across runs without drawing on the world's
 * id generator.
 */
final class KmsKeyring {
  /** The alias of each account's AWS managed EBS key. */
  static final String DEFAULT_EBS_ALIAS = "alias/aws/ebs";

  /** One key. */
  record Key(String keyId, AccountId owner, KeyManager manager, String arn) {
    KmsKeyDescription describe() {
      return KmsKeyDescription.of(keyId, KmsKey.of(arn), manager, "Enabled");
    }
  }

  private final Region region;
  private final Map<String, Key> byId = new LinkedHashMap<>();
  private final Map<AccountId, Map<String, Key>> byAlias = new HashMap<>();

  KmsKeyring(Region region) {
    this.region = region;
  }

  /**
   * The key a reference names for {@code account}, made when missing.
   *
   * @param account whose alias namespace an alias or bare key id belongs to
   * @param ref a key id, alias, or key or alias ARN
   * @return the key
   */
  Key resolve(AccountId account, KmsKey ref) {
    return find(account, ref, true);
  }

  /**
   * The key a reference names, if KMS knows it: DescribeKey. Like KMS, a predefined AWS alias
   * ({@code alias/aws/…}) makes its AWS managed key on first mention.
   *
   * @param account the caller
   * @param ref the reference
   * @return the key, or {@code null}
   */
  Key describe(AccountId account, KmsKey ref) {
    return find(account, ref, false);
  }

  /**
   * The ARN of the key a reference names ({@code null} for {@code null}).
   *
   * @param account the account whose key it is
   * @param ref the reference
   * @return the key's ARN
   */
  KmsKey arnOf(AccountId account, KmsKey ref) {
    return ref == null ? null : KmsKey.of(resolve(account, ref).arn());
  }

  /** Whether the key is AWS managed: another account can never use what it encrypts. */
  boolean isAwsManaged(AccountId account, KmsKey ref) {
    return resolve(account, ref).manager() == KeyManager.AWS;
  }

  private Key find(AccountId account, KmsKey ref, boolean create) {
    String v = ref.value();
    AccountId owner = account;
    String name = v;
    if (v.startsWith("arn:")) {
      // arn:PARTITION:kms:REGION:ACCOUNT:key/ID or …:alias/NAME
      String[] parts = v.split(":", 6);
      owner = AccountId.of(parts[4]);
      name = parts[5];
      if (name.startsWith("key/")) {
        String id = name.substring("key/".length());
        Key k = byId.get(id);
        return k != null || !create ? k : add(new Key(id, owner, KeyManager.CUSTOMER, v), null);
      }
    }
    if (name.startsWith("alias/")) {
      Key k = byAlias.getOrDefault(owner, Map.of()).get(name);
      boolean awsAlias = name.startsWith("alias/aws/");
      if (k != null || !(create || awsAlias)) {
        return k;
      }
      String id = derivedId(owner, name);
      return add(new Key(id, owner, awsAlias ? KeyManager.AWS : KeyManager.CUSTOMER, arn(owner, id)), name);
    }
    Key k = byId.get(name);
    return k != null || !create ? k : add(new Key(name, owner, KeyManager.CUSTOMER, arn(owner, name)), null);
  }

  private Key add(Key k, String alias) {
    byId.put(k.keyId(), k);
    if (alias != null) {
      byAlias.computeIfAbsent(k.owner(), a -> new HashMap<>()).put(alias, k);
    }
    return k;
  }

  private String arn(AccountId owner, String keyId) {
    return "arn:" + region.partition() + ":kms:" + region.name() + ":" + owner.value() + ":key/" + keyId;
  }

  private String derivedId(AccountId owner, String alias) {
    return UUID.nameUUIDFromBytes((owner.value() + "|" + region.name() + "|" + alias)
        .getBytes(StandardCharsets.UTF_8)).toString();
  }
}
