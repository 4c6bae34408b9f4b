package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.testkit.ResourceTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only views of the whole world, across accounts, for tests to assert against and for the
 * HTTP endpoint's read-only queries. Tags shown are the owner's.
 */
public final class GroundTruth {
  private final World w;

  /**
   * Views of a world.
   *
   * @param world the world
   */
  public GroundTruth(World world) {
    this.w = world;
  }

  /**
   * Every image EC2 still knows in a region: registered, recently deregistered, or in a Recycle Bin.
   *
   * @param region the region
   * @return the images, oldest first
   */
  public List<Image> images(Region region) {
    synchronized (w) {
      RegionState r = w.region(region);
      Instant now = w.now();
      List<Image> out = new ArrayList<>();
      for (ImageRecord i : r.images.values()) {
        if (i.describable(now, w.timing.deregisteredVisible()) || i.inRecycleBin(now)) {
          out.add(i.view(now, r.tagsOf(i.owner, i.id.value())));
        }
      }
      return out;
    }
  }

  /**
   * One image, if EC2 still knows it.
   *
   * @param region the region
   * @param id the image
   * @return the image
   */
  public Optional<Image> image(Region region, ImageId id) {
    return images(region).stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Every snapshot in a region.
   *
   * @param region the region
   * @return the snapshots
   */
  public List<Snapshot> snapshots(Region region) {
    synchronized (w) {
      RegionState r = w.region(region);
      Instant now = w.now();
      List<Snapshot> out = new ArrayList<>();
      for (SnapshotRecord s : r.snapshots.values()) {
        out.add(s.view(now, r.tagsOf(s.owner, s.id.value())));
      }
      return out;
    }
  }

  /**
   * Every instance in a region, terminated ones included.
   *
   * @param region the region
   * @return the instances
   */
  public List<Instance> instances(Region region) {
    synchronized (w) {
      RegionState r = w.region(region);
      Instant now = w.now();
      List<Instance> out = new ArrayList<>();
      for (InstanceRecord i : r.instances.values()) {
        i.settle(now, w.timing);
        out.add(i.view(r.tagsOf(i.owner, i.id.value())));
      }
      return out;
    }
  }

  /**
   * The launch permissions of an image.
   *
   * @param region the region
   * @param id the image
   * @return its grants (empty for an unknown image)
   */
  public List<LaunchPermission> launchPermissions(Region region, ImageId id) {
    synchronized (w) {
      ImageRecord i = w.region(region).images.get(id);
      return i == null ? List.of() : List.copyOf(i.grants);
    }
  }

  /**
   * The tags an account set on a resource.
   *
   * @param account the account
   * @param region the region
   * @param resourceId an image, snapshot or instance id
   * @return the tags
   */
  public Map<String, String> tags(AccountId account, Region region, String resourceId) {
    synchronized (w) {
      return Map.copyOf(w.region(region).tagsOf(account, resourceId));
    }
  }

  /**
   * The owner's tags on a resource.
   *
   * @param region the region
   * @param resourceId an image, snapshot or instance id
   * @return the tags (empty for an unknown resource)
   */
  public Map<String, String> tags(Region region, String resourceId) {
    synchronized (w) {
      RegionState r = w.region(region);
      AccountId owner = ownerOf(r, resourceId);
      return owner == null ? Map.of() : Map.copyOf(r.tagsOf(owner, resourceId));
    }
  }

  /**
   * Every tag an account set in a region (DescribeTags), ordered by resource id and key.
   *
   * @param account the account
   * @param region the region
   * @return the tags
   */
  public List<ResourceTag> tags(AccountId account, Region region) {
    synchronized (w) {
      List<ResourceTag> out = new ArrayList<>();
      w.region(region).tagsBy(account).forEach((id, tags) -> {
        String type = id.startsWith("ami-") ? "image" : id.startsWith("snap-") ? "snapshot"
            : id.startsWith("i-") ? "instance" : "volume";
        tags.forEach((k, v) -> out.add(new ResourceTag(id, type, k, v)));
      });
      return out;
    }
  }

  private static AccountId ownerOf(RegionState r, String resourceId) {
    for (ImageRecord i : r.images.values()) {
      if (i.id.value().equals(resourceId)) {
        return i.owner;
      }
    }
    for (SnapshotRecord s : r.snapshots.values()) {
      if (s.id.value().equals(resourceId)) {
        return s.owner;
      }
    }
    for (InstanceRecord i : r.instances.values()) {
      if (i.id.value().equals(resourceId)) {
        return i.owner;
      }
    }
    return null;
  }
}
