package io.ami4j.aws.internal.map;

import io.ami4j.model.LaunchPermission;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.LaunchPermissionModifications;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;

/**
 * Launch permissions between ami4j's model and EC2's {@code LaunchPermission.Add.N.*} entries:
 * {@code UserId}, {@code Group=all}, {@code OrganizationArn}, {@code OrganizationalUnitArn}.
 */
public final class LaunchPermissions {
  private LaunchPermissions() {}

  /**
   * The modification that adds and removes these grants in one ModifyImageAttribute call.
   *
   * @param add grants to add
   * @param remove grants to remove
   * @return EC2's modification
   */
  public static LaunchPermissionModifications modifications(List<LaunchPermission> add, List<LaunchPermission> remove) {
    LaunchPermissionModifications.Builder b = LaunchPermissionModifications.builder();
    if (!add.isEmpty()) {
      b.add(toSdk(add));
    }
    if (!remove.isEmpty()) {
      b.remove(toSdk(remove));
    }
    return b.build();
  }

  /**
   * Maps grants to EC2's.
   *
   * @param permissions ami4j's grants
   * @return the SDK's
   */
  public static List<software.amazon.awssdk.services.ec2.model.LaunchPermission> toSdk(
      List<LaunchPermission> permissions) {
    return permissions.stream().map(LaunchPermissions::toSdk).collect(Collectors.toList());
  }

  private static software.amazon.awssdk.services.ec2.model.LaunchPermission toSdk(LaunchPermission p) {
    software.amazon.awssdk.services.ec2.model.LaunchPermission.Builder b =
        software.amazon.awssdk.services.ec2.model.LaunchPermission.builder();
    switch (p.kind()) {
      case ACCOUNT:
        return b.userId(p.value()).build();
      case ORGANIZATION:
        return b.organizationArn(p.value()).build();
      case ORGANIZATIONAL_UNIT:
        return b.organizationalUnitArn(p.value()).build();
      case PUBLIC:
        return b.group(PermissionGroup.ALL).build();
      default:
        throw new IllegalStateException("Unknown launch permission kind " + p.kind());
    }
  }

  /**
   * Reads EC2's grants, leaving out (with a warning) any ami4j cannot hold.
   *
   * @param permissions the SDK's grants, or {@code null}
   * @return ami4j's
   */
  public static List<LaunchPermission> fromSdk(List<software.amazon.awssdk.services.ec2.model.LaunchPermission> permissions) {
    return Lenient.mapAll("launch permission", permissions, Object::toString, LaunchPermissions::fromSdk);
  }

  private static LaunchPermission fromSdk(software.amazon.awssdk.services.ec2.model.LaunchPermission p) {
    if (p.userId() != null) {
      return LaunchPermission.account(p.userId());
    }
    if (p.organizationArn() != null) {
      return LaunchPermission.organization(p.organizationArn());
    }
    if (p.organizationalUnitArn() != null) {
      return LaunchPermission.organizationalUnit(p.organizationalUnitArn());
    }
    if ("all".equals(p.groupAsString())) {
      return LaunchPermission.publicAccess();
    }
    throw new io.ami4j.AmiValidationException("launchPermission", (Object) p.toString(),
        "must name an account, an organization, an organizational unit or group all");
  }
}
