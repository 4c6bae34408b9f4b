package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import io.ami4j.model.AccountId;
import io.ami4j.model.VolumePermission;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermissionModifications;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;

/** Snapshot {@code createVolumePermission} grants between ami4j's model and EC2's. */
public final class VolumePermissions {
  private VolumePermissions() {}

  /**
   * The modification that adds and removes these grants in one ModifySnapshotAttribute call.
   *
   * @param add grants to add
   * @param remove grants to remove
   * @return EC2's modification
   */
  public static CreateVolumePermissionModifications modifications(List<VolumePermission> add,
      List<VolumePermission> remove) {
    CreateVolumePermissionModifications.Builder b = CreateVolumePermissionModifications.builder();
    if (!add.isEmpty()) {
      b.add(toSdk(add));
    }
    if (!remove.isEmpty()) {
      b.remove(toSdk(remove));
    }
    return b.build();
  }

  private static List<CreateVolumePermission> toSdk(List<VolumePermission> permissions) {
    return permissions.stream()
        .map(p -> p.account()
            .map(a -> CreateVolumePermission.builder().userId(a.value()).build())
            .orElseGet(() -> CreateVolumePermission.builder().group(PermissionGroup.ALL).build()))
        .collect(Collectors.toList());
  }

  /**
   * Reads EC2's grants.
   *
   * @param permissions the SDK's grants, or {@code null}
   * @return ami4j's
   */
  public static List<VolumePermission> fromSdk(List<CreateVolumePermission> permissions) {
    return Lenient.mapAll("volume permission", permissions, Object::toString, p -> {
      if (p.userId() != null) {
        return VolumePermission.account(AccountId.of(p.userId()));
      }
      if ("all".equals(p.groupAsString())) {
        return VolumePermission.publicAccess();
      }
      throw new AmiValidationException("createVolumePermission", (Object) p.toString(),
          "must name an account or group all");
    });
  }
}
