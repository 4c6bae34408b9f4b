package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One region of the world: its images, snapshots, instances, launch templates, tags, public SSM
 * parameters and idempotency tokens. Maps keep insertion order so that listings repeat.
 */
final class RegionState {
  /** A launch template: only what DescribeImageReferences needs. */
  record LaunchTemplate(String id, AccountId owner, ImageId imageId) {}

  /** What a ClientToken was first used with, and what it produced. */
  record TokenUse(String fingerprint, List<String> resultIds) {}

  /** When a deregistered image leaves the world (end of its visibility, or of its Recycle Bin stay). */
  private record Expiry(Instant at, ImageRecord image) {}

  final Region region;
  final Map<ImageId, ImageRecord> images = new LinkedHashMap<>();
  final Map<SnapshotId, SnapshotRecord> snapshots = new LinkedHashMap<>();
  final Map<InstanceId, InstanceRecord> instances = new LinkedHashMap<>();
  final Map<String, LaunchTemplate> launchTemplates = new LinkedHashMap<>();
  final Map<String, String> ssmParameters = new LinkedHashMap<>();
  /** The region's KMS keys: each account's default EBS key and its customer managed keys. */
  final KmsKeyring keys;
  /** Tags are the tagging account's own: a recipient's tags on a shared image are not the owner's. */
  private final Map<String, Map<AccountId, Map<String, String>>> tags = new HashMap<>();
  /** ClientTokens by account and action ({@code CopyImage:token}). */
  final Map<AccountId, Map<String, TokenUse>> tokens = new HashMap<>();
  // Indexes, so that a call costs the same with 50 images or 50,000.
  private final Map<AccountId, Map<String, ImageRecord>> registeredNames = new HashMap<>();
  private final Map<AccountId, Integer> quotaCounts = new HashMap<>();
  private final Map<SnapshotId, List<ImageRecord>> snapshotUsers = new HashMap<>();
  private final Map<AccountId, List<ImageRecord>> copies = new HashMap<>();
  private final PriorityQueue<Expiry> expiring = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));

  RegionState(Region region) {
    this.region = region;
    this.keys = new KmsKeyring(region);
  }

  /** Adds a new image, with its mappings set: it is registered and counts for the quota. */
  void addImage(ImageRecord image) {
    images.put(image.id, image);
    registeredNames.computeIfAbsent(image.owner, k -> new HashMap<>()).put(image.name, image);
    quotaCounts.merge(image.owner, 1, Integer::sum);
    for (SnapshotId sid : image.snapshotIds()) {
      snapshotUsers.computeIfAbsent(sid, k -> new ArrayList<>(1)).add(image);
    }
  }

  /** Records a deregistration that already set {@code deregisteredAt} (and {@code binExit} for the bin). */
  void deregistered(ImageRecord image, Duration visible) {
    Map<String, ImageRecord> names = registeredNames.get(image.owner);
    if (names != null) {
      names.remove(image.name, image);
    }
    if (image.binExit == null) {
      quotaCounts.merge(image.owner, -1, Integer::sum);
    }
    expiring.add(new Expiry(image.binExit != null ? image.binExit : image.deregisteredAt.plus(visible), image));
  }

  /** How many of the account's copies into this region are still pending. */
  int copiesInFlight(AccountId account, Instant now) {
    List<ImageRecord> list = copies.get(account);
    if (list == null) {
      return 0;
    }
    list.removeIf(i -> !now.isBefore(i.readyAt) || !i.isRegistered());
    return list.size();
  }

  void copyStarted(AccountId account, ImageRecord image) {
    copies.computeIfAbsent(account, k -> new ArrayList<>()).add(image);
  }

  /** Records a restore from the Recycle Bin. */
  void restored(ImageRecord image) {
    registeredNames.computeIfAbsent(image.owner, k -> new HashMap<>()).put(image.name, image);
  }

  /** A registered image of {@code owner} with this name, or {@code null}. */
  ImageRecord imageNamed(AccountId owner, String name) {
    Map<String, ImageRecord> names = registeredNames.get(owner);
    return names == null ? null : names.get(name);
  }

  /** Images of the owner that count for the quota: registered ones and those in the Recycle Bin. */
  int quotaCount(AccountId owner) {
    return quotaCounts.getOrDefault(owner, 0);
  }

  /** Images that keep a snapshot in use: registered ones, and deregistered ones still in the Recycle Bin. */
  List<ImageRecord> imagesUsing(SnapshotId snapshot, Instant now) {
    List<ImageRecord> users = snapshotUsers.get(snapshot);
    if (users == null) {
      return List.of();
    }
    List<ImageRecord> out = new ArrayList<>(users.size());
    for (ImageRecord i : users) {
      if (i.isRegistered() || i.inRecycleBin(now)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether an image's snapshots are encrypted with its owner's AWS managed key (unusable by others). */
  boolean encryptedWithDefaultKey(ImageRecord image) {
    for (SnapshotId sid : image.snapshotIds()) {
      SnapshotRecord s = snapshots.get(sid);
      if (s != null && s.encrypted && (s.kmsKey == null || keys.isAwsManaged(s.owner, s.kmsKey))) {
        return true;
      }
    }
    return false;
  }

  /** Forgets deregistered images whose time is over, so that EC2 no longer knows them. */
  void purge(Instant now, Duration visible) {
    while (!expiring.isEmpty() && !expiring.peek().at().isAfter(now)) {
      ImageRecord image = expiring.poll().image();
      if (image.isRegistered() || images.get(image.id) != image) {
        continue;
      }
      Instant end = image.binExit != null ? image.binExit : image.deregisteredAt.plus(visible);
      if (end.isAfter(now)) {
        continue;
      }
      images.remove(image.id);
      tags.remove(image.id.value());
      if (image.binExit != null) {
        quotaCounts.merge(image.owner, -1, Integer::sum);
      }
      for (SnapshotId sid : image.snapshotIds()) {
        List<ImageRecord> users = snapshotUsers.get(sid);
        if (users != null) {
          users.remove(image);
          if (users.isEmpty()) {
            snapshotUsers.remove(sid);
          }
        }
      }
    }
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

  /** Every tag {@code account} set in this region, by resource id then key. */
  SortedMap<String, Map<String, String>> tagsBy(AccountId account) {
    SortedMap<String, Map<String, String>> out = new TreeMap<>();
    for (Map.Entry<String, Map<AccountId, Map<String, String>>> e : tags.entrySet()) {
      Map<String, String> t = e.getValue().get(account);
      if (t != null && !t.isEmpty()) {
        out.put(e.getKey(), new TreeMap<>(t));
      }
    }
    return out;
  }

  void dropTags(String resourceId) {
    tags.remove(resourceId);
  }

  Map<String, TokenUse> tokens(AccountId account) {
    return tokens.computeIfAbsent(account, k -> new HashMap<>());
  }
}
