package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One region of the world: its images, snapshots, instances, launch templates, tags, public SSM
 * parameters and idempotency tokens. Maps keep insertion order so that listings repeat.
 */
final class RegionState {
  /** A launch template: only what DescribeImageReferences needs. */
  record LaunchTemplate(String id, AccountId owner, ImageId imageId) {}

  /** What a ClientToken was first used with, and what it produced. */
  record TokenUse(String fingerprint, List<String> resultIds) {}

  final Region region;
  final Map<ImageId, ImageRecord> images = new LinkedHashMap<>();
  final Map<SnapshotId, SnapshotRecord> snapshots = new LinkedHashMap<>();
  final Map<InstanceId, InstanceRecord> instances = new LinkedHashMap<>();
  final Map<String, LaunchTemplate> launchTemplates = new LinkedHashMap<>();
  final Map<String, String> ssmParameters = new LinkedHashMap<>();
  /** Tags are the tagging account's own: a recipient's tags on a shared image are not the owner's. */
  private final Map<String, Map<AccountId, Map<String, String>>> tags = new HashMap<>();
  /** ClientTokens by account and action ({@code CopyImage:token}). */
  final Map<AccountId, Map<String, TokenUse>> tokens = new HashMap<>();

  RegionState(Region region) {
    this.region = region;
  }

  Map<String, String> tagsOf(AccountId account, String resourceId) {
    Map<AccountId, Map<String, String>> byAccount = tags.get(resourceId);
    if (byAccount == null) {
      return Map.of();
    }
    Map<String, String> t = byAccount.get(account);
    return t == null ? Map.of() : Collections.unmodifiableMap(t);
  }

  Map<String, String> mutableTags(AccountId account, String resourceId) {
    return tags.computeIfAbsent(resourceId, k -> new HashMap<>())
        .computeIfAbsent(account, k -> new LinkedHashMap<>());
  }

  void dropTags(String resourceId) {
    tags.remove(resourceId);
  }

  Map<String, TokenUse> tokens(AccountId account) {
    return tokens.computeIfAbsent(account, k -> new HashMap<>());
  }
}
