package io.ami4j.testkit.http;

import io.ami4j.model.AccountId;
import io.ami4j.model.Owner;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Page;
import io.ami4j.spi.SnapshotQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * EBS snapshots behind images: DescribeSnapshots, DeleteSnapshot, and their
 * {@code createVolumePermission} (DescribeSnapshotAttribute, ModifySnapshotAttribute).
 */
final class SnapshotActions implements ActionGroup {

  @Override
  public void registerInto(Map<String, ActionHandler> table) {
    table.put("DescribeSnapshots", SnapshotActions::describeSnapshots);
    table.put("DeleteSnapshot", (c, out) -> {
      c.provider().deleteSnapshot(c.call(), Ec2Params.snapshotId(c.params().required("SnapshotId")));
    });
    table.put("DescribeSnapshotAttribute", SnapshotActions::describeSnapshotAttribute);
    table.put("ModifySnapshotAttribute", SnapshotActions::modifySnapshotAttribute);
  }

  private static void describeSnapshots(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    SnapshotQuery query = SnapshotQuery.builder()
        .addAllSnapshotIds(q.list("SnapshotId").stream().map(Ec2Params::snapshotId).collect(Collectors.toList()))
        .addAllOwners(q.list("Owner").stream().map(Owner::of).collect(Collectors.toList()))
        .addAllFilters(Ec2Params.filters(q))
        .build();
    Page<Snapshot> page = c.provider().describeSnapshots(c.call(), query, c.page());
    out.start("snapshotSet");
    for (Snapshot s : page.items()) {
      out.start("item");
      Ec2Xml.snapshot(out, s);
      out.end();
    }
    out.end();
    out.element("nextToken", page.nextToken().orElse(null));
  }

  private static void describeSnapshotAttribute(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    SnapshotId id = Ec2Params.snapshotId(q.required("SnapshotId"));
    String attribute = q.required("Attribute");
    if (!attribute.equals("createVolumePermission")) {
      throw QueryRequest.invalid("Attribute", attribute, "only createVolumePermission is supported");
    }
    List<VolumePermission> grants = c.provider().describeVolumePermissions(c.call(), id);
    out.element("snapshotId", id.value());
    out.start("createVolumePermission");
    for (VolumePermission g : grants) {
      out.start("item");
      if (g.isPublic()) {
        out.element("group", "all");
      } else {
        out.element("userId", g.account().get().value());
      }
      out.end();
    }
    out.end();
  }

  private static void modifySnapshotAttribute(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    SnapshotId id = Ec2Params.snapshotId(q.required("SnapshotId"));
    List<VolumePermission> add = permissions(q, "CreateVolumePermission.Add");
    List<VolumePermission> remove = permissions(q, "CreateVolumePermission.Remove");
    Optional<String> op = q.get("OperationType");
    if (op.isPresent()) {
      List<VolumePermission> listed = new ArrayList<>();
      q.list("UserId").forEach(u -> listed.add(VolumePermission.account(AccountId.of(u))));
      q.list("UserGroup").forEach(g -> listed.add(group(g)));
      (op.get().toLowerCase(Locale.ROOT).equals("remove") ? remove : add).addAll(listed);
    }
    c.provider().modifyVolumePermissions(c.call(), id, add, remove);
  }

  private static List<VolumePermission> permissions(QueryRequest q, String prefix) {
    List<VolumePermission> found = new ArrayList<>();
    for (String p : q.structs(prefix)) {
      Optional<String> user = q.get(p + ".UserId");
      if (user.isPresent()) {
        found.add(VolumePermission.account(AccountId.of(user.get())));
      } else {
        q.get(p + ".Group").ifPresent(g -> found.add(group(g)));
      }
    }
    return found;
  }

  private static VolumePermission group(String group) {
    if (!group.equals("all")) {
      throw QueryRequest.invalid("Group", group, "the only group is 'all'");
    }
    return VolumePermission.publicAccess();
  }
}
