package io.ami4j.testkit.contract;

import io.ami4j.AmiException;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import java.util.ArrayList;
import java.util.List;

/**
 * What one contract test made, so that it can be removed afterwards, best effort: a real account
 * is left as it was found and a long-lived world does not grow. Instances go first (they hold
 * images in use), then images with their snapshots, then loose snapshots.
 */
final class CreatedResources {
  private final List<Runnable> instances = new ArrayList<>();
  private final List<Runnable> images = new ArrayList<>();
  private final List<Runnable> snapshots = new ArrayList<>();

  void instance(AmiProvider provider, Region region, InstanceId id) {
    instances.add(() -> provider.terminateInstances(Call.in(region), List.of(id)));
  }

  void image(AmiProvider owner, Region region, ImageId id) {
    images.add(() -> {
      quietly(() -> owner.disableDeregistrationProtection(Call.in(region), id));
      owner.deregisterImage(Call.in(region), id, true);
    });
  }

  void snapshot(AmiProvider owner, Region region, SnapshotId id) {
    snapshots.add(() -> owner.deleteSnapshot(Call.in(region), id));
  }

  /** Removes everything remembered and forgets it; a failure of one removal does not stop the rest. */
  void removeAll() {
    for (List<Runnable> kind : List.of(instances, images, snapshots)) {
      kind.forEach(CreatedResources::quietly);
      kind.clear();
    }
  }

  private static void quietly(Runnable step) {
    try {
      step.run();
    } catch (AmiException e) {
      // Already gone, still in use by something removed later, or protected: nothing to do.
    }
  }
}
