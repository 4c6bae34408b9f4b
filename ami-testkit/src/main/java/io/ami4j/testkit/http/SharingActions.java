package io.ami4j.testkit.http;

import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.LaunchPermission;
import io.ami4j.spi.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who may use an image, and its attributes: DescribeImageAttribute, ModifyImageAttribute
 * (launch permissions and description), ResetImageAttribute, CancelImageLaunchPermission, and
 * the account's image block-public-access switch.
 */
final class SharingActions implements ActionGroup {

  @Override
  public void registerInto(Map<String, ActionHandler> table) {
    table.put("DescribeImageAttribute", SharingActions::describeImageAttribute);
    table.put("ModifyImageAttribute", SharingActions::modifyImageAttribute);
    table.put("ResetImageAttribute", SharingActions::resetImageAttribute);
    table.put("CancelImageLaunchPermission", SharingActions::cancelImageLaunchPermission);
    table.put("GetImageBlockPublicAccessState", SharingActions::getBlockPublicAccess);
    table.put("EnableImageBlockPublicAccess", SharingActions::enableBlockPublicAccess);
    table.put("DisableImageBlockPublicAccess", SharingActions::disableBlockPublicAccess);
  }

  private static void describeImageAttribute(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    ImageId id = Ec2Params.imageId(q.required("ImageId"));
    String attribute = q.required("Attribute");
    out.element("imageId", id.value());
    if (attribute.equals("launchPermission")) {
      List<LaunchPermission> grants = c.provider().describeLaunchPermissions(c.call(), id);
      out.start("launchPermission");
      grants.forEach(g -> launchPermission(out, g));
      out.end();
      return;
    }
    Image image = describeOne(c, id);
    switch (attribute) {
      case "description":
        value(out, "description", image.description());
        break;
      case "kernel":
        value(out, "kernel", image.kernelId());
        break;
      case "ramdisk":
        value(out, "ramdisk", image.ramdiskId());
        break;
      case "sriovNetSupport":
        value(out, "sriovNetSupport", image.sriovNetSupport());
        break;
      case "bootMode":
        value(out, "bootMode", image.bootMode().map(b -> b.wireValue()));
        break;
      case "tpmSupport":
        value(out, "tpmSupport", image.tpmSupport().map(t -> t.wireValue()));
        break;
      case "imdsSupport":
        value(out, "imdsSupport", image.imdsSupport().map(i -> i.wireValue()));
        break;
      case "lastLaunchedTime":
        value(out, "lastLaunchedTime", image.lastLaunchedTime().map(WireTime::format));
        break;
      case "deregistrationProtection":
        value(out, "deregistrationProtection", image.deregistrationProtection());
        break;
      case "productCodes":
        Ec2Xml.productCodes(out, image.productCodes());
        break;
      case "blockDeviceMapping":
        Ec2Xml.blockDeviceMappings(out, "blockDeviceMapping", image.blockDeviceMappings());
        break;
      default:
        throw AmiValidationException.answered("InvalidRequest",
            "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.", null);
    }
  }

  private static Image describeOne(ActionContext c, ImageId id) {
    List<Image> found = c.provider()
        .describeImages(c.call(), ImageQuery.builder().addImageIds(id).includeDeprecated(true)
            .includeDisabled(true).build(), PageRequest.first()).items();
    if (found.isEmpty()) {
      throw new AmiNotFoundException("InvalidAMIID.NotFound",
          "The image id '[" + id.value() + "]' does not exist", null);
    }
    return found.get(0);
  }

  private static void value(XmlWriter out, String element, Optional<String> value) {
    out.start(element).element("value", value.orElse(null)).end();
  }

  private static void launchPermission(XmlWriter out, LaunchPermission g) {
    out.start("item");
    switch (g.kind()) {
      case ACCOUNT:
        out.element("userId", g.value());
        break;
      case ORGANIZATION:
        out.element("organizationArn", g.value());
        break;
      case ORGANIZATIONAL_UNIT:
        out.element("organizationalUnitArn", g.value());
        break;
      default:
        out.element("group", "all");
    }
    out.end();
  }

  private static void modifyImageAttribute(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    ImageId id = Ec2Params.imageId(q.required("ImageId"));
    Optional<String> description = q.get("Description.Value");
    String attribute = q.get("Attribute").orElse("");
    if (description.isPresent() || attribute.equals("description")) {
      String text = description.or(() -> q.get("Value")).orElseThrow(() ->
          AmiValidationException.answered("MissingParameter", "The request must contain the parameter Description", null));
      c.provider().modifyImageDescription(c.call(), id, text);
      return;
    }
    List<LaunchPermission> add = permissions(q, "LaunchPermission.Add");
    List<LaunchPermission> remove = permissions(q, "LaunchPermission.Remove");
    // The older spelling: Attribute=launchPermission, OperationType=add|remove, UserId.N, UserGroup.N, …
    if (attribute.equals("launchPermission")) {
      String op = q.required("OperationType").toLowerCase(Locale.ROOT);
      List<LaunchPermission> listed = new ArrayList<>();
      q.list("UserId").forEach(u -> listed.add(LaunchPermission.account(u)));
      q.list("UserGroup").forEach(g -> listed.add(group(g)));
      q.list("OrganizationArn").forEach(o -> listed.add(LaunchPermission.organization(o)));
      q.list("OrganizationalUnitArn").forEach(o -> listed.add(LaunchPermission.organizationalUnit(o)));
      (op.equals("remove") ? remove : add).addAll(listed);
    }
    if (add.isEmpty() && remove.isEmpty()) {
      throw AmiValidationException.answered("MissingParameter",
          "The request must contain the parameter LaunchPermission or Description", null);
    }
    c.provider().modifyLaunchPermissions(c.call(), id, add, remove);
  }

  private static List<LaunchPermission> permissions(QueryRequest q, String prefix) {
    List<LaunchPermission> found = new ArrayList<>();
    for (String p : q.structs(prefix)) {
      Optional<String> user = q.get(p + ".UserId");
      Optional<String> group = q.get(p + ".Group");
      Optional<String> org = q.get(p + ".OrganizationArn");
      Optional<String> ou = q.get(p + ".OrganizationalUnitArn");
      if (user.isPresent()) {
        found.add(LaunchPermission.account(user.get()));
      } else if (group.isPresent()) {
        found.add(group(group.get()));
      } else if (org.isPresent()) {
        found.add(LaunchPermission.organization(org.get()));
      } else if (ou.isPresent()) {
        found.add(LaunchPermission.organizationalUnit(ou.get()));
      }
    }
    return found;
  }

  private static LaunchPermission group(String group) {
    if (!group.equals("all")) {
      throw QueryRequest.invalid("Group", group, "the only group is 'all'");
    }
    return LaunchPermission.publicAccess();
  }

  private static void resetImageAttribute(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    ImageId id = Ec2Params.imageId(q.required("ImageId"));
    String attribute = q.required("Attribute");
    if (!attribute.equals("launchPermission")) {
      throw QueryRequest.invalid("Attribute", attribute, "only launchPermission can be reset");
    }
    c.provider().resetLaunchPermissions(c.call(), id);
  }

  private static void cancelImageLaunchPermission(ActionContext c, XmlWriter out) {
    c.provider().cancelImageLaunchPermission(c.call(), Ec2Params.imageId(c.params().required("ImageId")));
    out.element("return", true);
  }

  private static void getBlockPublicAccess(ActionContext c, XmlWriter out) {
    BlockPublicAccessState state = c.provider().getImageBlockPublicAccessState(c.call());
    out.element("imageBlockPublicAccessState", state.wireValue());
  }

  private static void enableBlockPublicAccess(ActionContext c, XmlWriter out) {
    String state = c.params().required("ImageBlockPublicAccessState");
    if (!state.equals(BlockPublicAccessState.BLOCK_NEW_SHARING.wireValue())) {
      throw QueryRequest.invalid("ImageBlockPublicAccessState", state, "must be block-new-sharing");
    }
    c.provider().enableImageBlockPublicAccess(c.call());
    out.element("imageBlockPublicAccessState", state);
  }

  private static void disableBlockPublicAccess(ActionContext c, XmlWriter out) {
    c.provider().disableImageBlockPublicAccess(c.call());
    out.element("imageBlockPublicAccessState", BlockPublicAccessState.UNBLOCKED.wireValue());
  }
}
