package io.ami4j.internal.bake;

import io.ami4j.AmiNotFoundException;
import io.ami4j.bake.BakeTags;
import io.ami4j.bake.StaleImage;
import io.ami4j.internal.engine.Engine;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds stale images: see {@link io.ami4j.bake.Freshness}. One DescribeImages (every page) for the
 * account's images, and one per distinct base line.
 */
public final class FreshnessCheck {
  /** How many copies deep the {@code sourceImageId} lineage is followed. */
  private static final int MAX_HOPS = 5;
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final Region region;
  private final String namePattern;
  private final BakeCalls calls;
  private final Map<String, Optional<Image>> newestOfLine = new HashMap<>();

  /**
   * A check.
   *
   * @param engine the engine
   * @param region where
   * @param namePattern the account's images to check, or {@code null} for all
   */
  public FreshnessCheck(Engine engine, Region region, String namePattern) {
    this.region = region;
    this.namePattern = namePattern;
    this.calls = new BakeCalls(engine);
  }

  /** What a base is: enough to find its line. */
  private static final class Base {
    final ImageId id;
    final String name;
    final AccountId owner;
    final Region region;
    final Architecture architecture;
    final Instant created;

    Base(ImageId id, String name, AccountId owner, Region region, Architecture architecture, Instant created) {
      this.id = id;
      this.name = name;
      this.owner = owner;
      this.region = region;
      this.architecture = architecture;
      this.created = created;
    }
  }

  /**
   * Runs the check.
   *
   * @return the stale images
   */
  public List<StaleImage> run() {
    ImageQuery.Builder q = ImageQuery.builder().addOwners(Owner.SELF).addFilters(Filter.of("state", "available"))
        .includeDeprecated(true);
    if (namePattern != null) {
      q.addFilters(Filter.of("name", namePattern));
    }
    List<StaleImage> out = new ArrayList<>();
    for (Image mine : calls.images(region, q.build())) {
      Optional<Base> base = baseOf(mine);
      if (base.isEmpty()) {
        continue;
      }
      Base b = base.get();
      newest(b).filter(n -> !n.id().equals(b.id) && n.creationDate().isAfter(b.created))
          .ifPresent(n -> out.add(StaleImage.of(mine, b.id, b.name, n)));
    }
    out.sort(Comparator.comparing(s -> s.image().creationDate()));
    return out;
  }

  /** The base of one of the account's images: its bake's tags, or its copy lineage. */
  private Optional<Base> baseOf(Image mine) {
    Image current = mine;
    Region where = region;
    for (int hop = 0; hop <= MAX_HOPS; hop++) {
      Optional<Base> tagged = fromTags(current, where);
      if (tagged.isPresent()) {
        return tagged;
      }
      if (current.sourceImageId().isEmpty()) {
        return Optional.empty();
      }
      Region from = current.sourceImageRegion().orElse(where);
      Image source;
      try {
        source = calls.image(from, current.sourceImageId().get());
      } catch (AmiNotFoundException e) {
        return Optional.empty();
      }
      if (!source.ownerId().equals(mine.ownerId())) {
        return Optional.of(new Base(source.id(), source.name(), source.ownerId(), from, source.architecture(),
            source.creationDate()));
      }
      current = source;
      where = from;
    }
    return Optional.empty();
  }

  private Optional<Base> fromTags(Image img, Region where) {
    Map<String, String> t = img.tags();
    String id = t.get(BakeTags.BASE_IMAGE);
    String name = t.get(BakeTags.BASE_NAME);
    String owner = t.get(BakeTags.BASE_OWNER);
    if (id == null || name == null || owner == null) {
      return Optional.empty();
    }
    Region baseRegion = Optional.ofNullable(t.get(BakeTags.BASE_REGION)).map(Region::of).orElse(where);
    ImageId baseId = ImageId.of(id);
    Instant created;
    Architecture arch;
    try {
      Image base = calls.image(baseRegion, baseId);
      created = base.creationDate();
      arch = base.architecture();
    } catch (AmiNotFoundException e) {
      // The base is gone (its owner deregistered it): any release made after the bake is newer.
      created = img.creationDate();
      arch = img.architecture();
    }
    return Optional.of(new Base(baseId, name, AccountId.of(owner), baseRegion, arch, created));
  }

  /** The newest available release of a base's line, once per line. */
  private Optional<Image> newest(Base b) {
    String key = b.owner + "|" + b.region + "|" + b.architecture.wireValue() + "|" + line(b.name);
    return newestOfLine.computeIfAbsent(key, k -> {
      ImageQuery q = ImageQuery.builder().addOwners(Owner.account(b.owner))
          .addFilters(Filter.of("name", DIGITS.matcher(b.name).replaceAll("*")),
              Filter.of("architecture", b.architecture.wireValue()), Filter.of("state", "available"))
          .build();
      String line = line(b.name);
      return calls.images(b.region, q).stream()
          .filter(i -> i.ownerId().equals(b.owner) && i.architecture() == b.architecture
              && i.state() == ImageState.AVAILABLE && line(i.name()).equals(line))
          .max(Comparator.comparing(Image::creationDate));
    });
  }

  /** A name with its digit runs (dates, versions) blanked: releases of one line share it. */
  static String line(String name) {
    return DIGITS.matcher(name).replaceAll("#");
  }
}
