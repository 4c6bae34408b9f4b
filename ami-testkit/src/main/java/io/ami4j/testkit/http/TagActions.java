package io.ami4j.testkit.http;

import io.ami4j.testkit.internal.world.Wildcard;
import io.ami4j.AmiValidationException;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Instance;
import io.ami4j.model.Owner;
import io.ami4j.model.ResourceId;
import io.ami4j.model.Snapshot;
import io.ami4j.spi.Call;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tags on images, snapshots and instances: CreateTags, DeleteTags, DescribeTags.
 *
 * <p>The SPI has no DescribeTags; the account's own images, snapshots and instances carry their
 * tags, so the answer is gathered from them and filtered as EC2 filters ({@code key},
 * {@code value}, {@code resource-id}, {@code resource-type}, {@code tag:KEY}).
 */
final class TagActions implements ActionGroup {
  private static final int DEFAULT_PAGE = 1000;

  @Override
  public void registerInto(Map<String, ActionHandler> table) {
    table.put("CreateTags", TagActions::createTags);
    table.put("DeleteTags", TagActions::deleteTags);
    table.put("DescribeTags", TagActions::describeTags);
  }

  private static List<ResourceId> resources(QueryRequest q) {
    List<ResourceId> ids = q.list("ResourceId").stream().map(Ec2Params::resourceId).collect(Collectors.toList());
    if (ids.isEmpty()) {
      q.required("ResourceId.1");
    }
    return ids;
  }

  private static void createTags(ActionContext c, XmlWriter out) {
    List<ResourceId> ids = resources(c.params());
    Map<String, String> tags = Ec2Params.tags(c.params(), "Tag");
    if (tags.isEmpty()) {
      c.params().required("Tag.1.Key");
    }
    c.provider().createTags(c.call(), ids, tags);
  }

  private static void deleteTags(ActionContext c, XmlWriter out) {
    List<ResourceId> ids = resources(c.params());
    List<String> keys = new ArrayList<>();
    for (String t : c.params().structs("Tag")) {
      keys.add(c.params().required(t + ".Key"));
    }
    c.provider().deleteTags(c.call(), ids, keys);
  }

  /** One row of DescribeTags' answer. */
  private static final class TagRow {
    final String resourceId;
    final String resourceType;
    final String key;
    final String value;

    TagRow(String resourceId, String resourceType, String key, String value) {
      this.resourceId = resourceId;
      this.resourceType = resourceType;
      this.key = key;
      this.value = value;
    }
  }

  private static void describeTags(ActionContext c, XmlWriter out) {
    List<Filter> filters = Ec2Params.filters(c.params());
    PageRequest page = c.page();
    Call read = Call.in(c.region());
    List<TagRow> rows = new ArrayList<>();
    // Tags are the caller's own: on its images, and on images others share with it.
    Set<ImageId> seen = new HashSet<>();
    for (ImageQuery q : List.of(
        ImageQuery.builder().addOwners(Owner.SELF).includeDeprecated(true).includeDisabled(true).build(),
        ImageQuery.builder().addExecutableBy("self").includeDeprecated(true).build())) {
      for (Image i : all(token -> c.provider().describeImages(read, q, token))) {
        if (seen.add(i.id())) {
          i.tags().forEach((k, v) -> rows.add(new TagRow(i.id().value(), "image", k, v)));
        }
      }
    }
    for (Snapshot s : all(token -> c.provider().describeSnapshots(read,
        SnapshotQuery.builder().addOwners(Owner.SELF).build(), token))) {
      s.tags().forEach((k, v) -> rows.add(new TagRow(s.id().value(), "snapshot", k, v)));
    }
    for (Instance i : all(token -> c.provider().describeInstances(read, InstanceQuery.builder().build(), token))) {
      i.tags().forEach((k, v) -> rows.add(new TagRow(i.id().value(), "instance", k, v)));
    }
    List<TagRow> matching = rows.stream().filter(r -> filters.stream().allMatch(f -> matches(f, r)))
        .collect(Collectors.toList());
    int from = page.token().map(TagActions::offset).orElse(0);
    int size = page.size().orElse(DEFAULT_PAGE);
    int to = Math.min(matching.size(), from + size);
    out.start("tagSet");
    for (TagRow r : matching.subList(Math.min(from, to), to)) {
      out.start("item").element("resourceId", r.resourceId).element("resourceType", r.resourceType)
          .element("key", r.key).element("value", r.value).end();
    }
    out.end();
    out.element("nextToken", to < matching.size() ? "tags-" + to : null);
  }

  private static int offset(String token) {
    try {
      if (token.startsWith("tags-")) {
        return Integer.parseInt(token.substring(5));
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw AmiValidationException.answered("InvalidNextToken", "The token '" + token + "' is invalid", null);
  }

  /** Every page of a listing: DescribeTags needs all of the account's resources. */
  private static <T> List<T> all(Function<PageRequest, Page<T>> lister) {
    List<T> items = new ArrayList<>();
    PageRequest page = PageRequest.first();
    while (true) {
      Page<T> p = lister.apply(page);
      items.addAll(p.items());
      Optional<String> next = p.nextToken();
      if (next.isEmpty()) {
        return items;
      }
      page = page.next(next.get());
    }
  }

  private static boolean matches(Filter f, TagRow r) {
    String name = f.name();
    String subject;
    if (name.equals("key")) {
      subject = r.key;
    } else if (name.equals("value")) {
      subject = r.value;
    } else if (name.equals("resource-id")) {
      subject = r.resourceId;
    } else if (name.equals("resource-type")) {
      subject = r.resourceType;
    } else if (name.startsWith("tag:")) {
      if (!r.key.equals(name.substring(4))) {
        return false;
      }
      subject = r.value;
    } else {
      throw AmiValidationException.answered("InvalidParameterValue",
          "The filter '" + name + "' is invalid", null);
    }
    return f.values().stream().anyMatch(v -> Wildcard.matches(v, subject));
  }
}
