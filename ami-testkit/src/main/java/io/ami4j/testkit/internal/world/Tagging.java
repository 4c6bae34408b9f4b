package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.ResourceId;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Call;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CreateTags and DeleteTags. Tags belong to the account that set them: a recipient may tag an
 * image shared with it, and only it sees those tags — the owner's tags are not touched.
 */
final class Tagging extends AccountOps {
  static final int TAGS_PER_RESOURCE = 50;

  Tagging(World world, AccountId account) {
    super(world, account);
  }

  void create(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      for (String key : tags.keySet()) {
        checkKey(key);
        if (tags.get(key).length() > 256) {
          throw w.error("InvalidParameterValue", "The value of tag '" + key + "' must be at most 256 characters");
        }
      }
      for (ResourceId id : resources) {
        check(r, id, now);
        Map<String, String> current = r.tagsOf(me, id.value());
        long after = current.size() + tags.keySet().stream().filter(k -> !current.containsKey(k)).count();
        if (after > TAGS_PER_RESOURCE) {
          throw w.error("TagLimitExceeded", "Resource " + id + " would have " + after + " tags; at most "
              + TAGS_PER_RESOURCE + " are allowed");
        }
      }
      stopIfDryRun(call);
      for (ResourceId id : resources) {
        r.mutableTags(me, id.value()).putAll(tags);
        log(call, "CreateTags", id.value(), "tags " + tags.keySet());
      }
    }
  }

  void delete(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      // EC2 refuses to delete AWS's own tags, as it refuses to set them.
      keys.forEach(this::checkKey);
      for (ResourceId id : resources) {
        check(r, id, now);
      }
      stopIfDryRun(call);
      for (ResourceId id : resources) {
        if (r.mutableTags(me, id.value()).keySet().removeAll(keys)) {
          log(call, "DeleteTags", id.value(), "tags " + keys);
        }
      }
    }
  }

  private void checkKey(String key) {
    if (key.isEmpty() || key.length() > 128) {
      throw w.error("InvalidParameterValue", "Tag key '" + key + "' must be 1 to 128 characters");
    }
    if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
      throw w.error("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use: '"
          + key + "'");
    }
  }

  private void check(RegionState r, ResourceId id, Instant now) {
    if (id instanceof ImageId image) {
      w.visibleImage(me, r, image, now);
    } else if (id instanceof SnapshotId snapshot) {
      SnapshotRecord s = r.snapshots.get(id);
      if (s == null || !s.usableBy(me)) {
        throw w.snapshotNotFound(snapshot);
      }
    } else if (id instanceof InstanceId) {
      InstanceRecord i = r.instances.get(id);
      if (i == null || !i.owner.equals(me)) {
        throw w.error("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist");
      }
    } else {
      throw w.error("InvalidVolume.NotFound", "The volume '" + id + "' does not exist.");
    }
  }
}
