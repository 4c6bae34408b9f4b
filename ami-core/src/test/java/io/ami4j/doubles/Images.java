package io.ami4j.doubles;

import io.ami4j.AmiNotFoundException;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Small builders of images and a DescribeImages answer over a collection. */
public final class Images {
  public static final AccountId SELF = AccountId.of("111122223333");

  private Images() {}

  public static ImageId id(int n) {
    return ImageId.of(String.format(Locale.ROOT, "ami-%017x", n));
  }

  public static SnapshotId snap(int n) {
    return SnapshotId.of(String.format(Locale.ROOT, "snap-%017x", n));
  }

  public static Image.Builder image(ImageId id, String name, ImageState state, Instant created) {
    Image.Builder b = Image.builder();
    b.id(id).name(name).ownerId(SELF).creationDate(created).state(state).architecture(Architecture.X86_64)
        .rootDeviceType(RootDeviceType.EBS).rootDeviceName("/dev/xvda");
    return b;
  }

  public static Image available(ImageId id, String name, Instant created) {
    return image(id, name, ImageState.AVAILABLE, created).build();
  }

  public static Image withSnapshots(Image i, SnapshotId... snaps) {
    Image.Builder b = Image.builder(i);
    b.blockDeviceMappings(List.of());
    String[] devices = {"/dev/xvda", "/dev/sdf", "/dev/sdg", "/dev/sdh"};
    for (int k = 0; k < snaps.length; k++) {
      b.addBlockDeviceMappings(BlockDeviceMapping.ebs(devices[k], EbsBlockDevice.builder().snapshotId(snaps[k]).build()));
    }
    return b.build();
  }

  /** The ids a query asks about: its ImageIds, or the values of its image-id filter. */
  public static Set<ImageId> askedIds(ImageQuery q) {
    Set<ImageId> ids = q.imageIds().stream().collect(Collectors.toSet());
    for (Filter f : q.filters()) {
      if (f.name().equals("image-id")) {
        f.values().forEach(v -> ids.add(ImageId.of(v)));
      }
    }
    return ids;
  }

  /**
   * DescribeImages over a collection, honouring ids and the image-id filter only. As EC2 does, a
   * call naming an unknown id in {@code ImageIds} fails as a whole with InvalidAMIID.NotFound.
   */
  public static Page<Image> answer(ImageQuery q, Collection<Image> all) {
    Set<ImageId> known = all.stream().map(Image::id).collect(Collectors.toSet());
    List<ImageId> missing = q.imageIds().stream().filter(id -> !known.contains(id)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new AmiNotFoundException("InvalidAMIID.NotFound",
          "The image id '" + missing + "' does not exist", null);
    }
    Set<ImageId> ids = askedIds(q);
    return Page.last(all.stream().filter(i -> ids.isEmpty() || ids.contains(i.id())).collect(Collectors.toList()));
  }
}
