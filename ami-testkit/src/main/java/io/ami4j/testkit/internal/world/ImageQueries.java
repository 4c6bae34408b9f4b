package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.spi.Call;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** DescribeImages: visibility, owners, executable-by, filters, deprecated and disabled images, pages. */
final class ImageQueries extends AccountOps {
  ImageQueries(World world, AccountId account) {
    super(world, account);
  }

  Page<Image> describe(Call call, ImageQuery q, PageRequest page) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      if (!q.imageIds().isEmpty() && page.size().isPresent()) {
        throw w.error("InvalidParameterCombination",
            "The parameter imageIdsSet cannot be used with the parameter maxResults");
      }
      page.size().ifPresent(s -> {
        if (s < 5 || s > 1000) {
          throw w.error("InvalidParameterValue",
              "Value ( " + s + " ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.");
        }
      });
      for (String who : q.executableBy()) {
        if (!who.equals("all") && !who.equals("self") && !who.matches("[0-9]{12}")) {
          throw w.error("InvalidUserID.Malformed", "Invalid user id: \"" + who + "\"");
        }
      }
      String unknown = ImageFilters.unknown(q.filters());
      if (unknown != null) {
        throw w.error("InvalidParameterValue", "The filter '" + unknown + "' is invalid");
      }
      List<ImageRecord> candidates = new ArrayList<>();
      if (!q.imageIds().isEmpty()) {
        List<ImageId> missing = new ArrayList<>();
        for (ImageId id : q.imageIds()) {
          ImageRecord rec = r.images.get(id);
          if (rec == null || !w.sees(me, rec, now)) {
            missing.add(id);
          } else if (!candidates.contains(rec)) {
            candidates.add(rec);
          }
        }
        if (!missing.isEmpty()) {
          throw w.error("InvalidAMIID.NotFound", "The image id '" + missing + "' does not exist");
        }
      } else {
        for (ImageRecord rec : r.images.values()) {
          if (w.sees(me, rec, now)) {
            candidates.add(rec);
          }
        }
      }
      List<Image> out = new ArrayList<>();
      for (ImageRecord rec : candidates) {
        if (!q.includeDisabled() && rec.disabled && rec.isRegistered()) {
          continue;
        }
        // Deprecated images stay out of listings for users, unless asked for or named by id;
        // their owner keeps seeing them.
        if (q.imageIds().isEmpty() && !q.includeDeprecated() && !rec.owner.equals(me)
            && rec.deprecationTime != null && !rec.deprecationTime.isAfter(now)) {
          continue;
        }
        if (!q.owners().isEmpty() && q.owners().stream().noneMatch(o -> ownedBy(rec, o))) {
          continue;
        }
        if (!q.executableBy().isEmpty() && q.executableBy().stream().noneMatch(e -> executableBy(rec, e))) {
          continue;
        }
        Image image = view(r, rec);
        if (ImageFilters.matches(image, q.filters())) {
          out.add(image);
        }
      }
      return Paging.page(w, "DescribeImages", out, page, Integer.MAX_VALUE);
    }
  }

  private boolean ownedBy(ImageRecord rec, Owner owner) {
    switch (owner.value()) {
      case "self":
        return rec.owner.equals(me);
      case "amazon":
      case "aws-marketplace":
        return owner.value().equals(rec.ownerAlias);
      case "aws-backup-vault":
        return false;
      default:
        return rec.owner.value().equals(owner.value());
    }
  }

  /** EC2's ExecutableUsers: {@code all} is public images; an account (or {@code self}) is an explicit grant. */
  private boolean executableBy(ImageRecord rec, String who) {
    if (who.equals("all")) {
      return rec.isPublic();
    }
    AccountId account = who.equals("self") ? me : AccountId.of(who);
    if (rec.grants.contains(LaunchPermission.account(account))) {
      return true;
    }
    AccountState a = w.accounts.get(account);
    return a != null && ((a.organization != null
        && rec.grants.contains(LaunchPermission.organization(a.organization)))
        || (a.organizationalUnit != null
        && rec.grants.contains(LaunchPermission.organizationalUnit(a.organizationalUnit))));
  }

  /** The image for a call that uses it (launch, copy): NotFound, or Unavailable unless available. */
  static ImageRecord usable(World w, AccountId me, RegionState r, ImageId id, Instant now) {
    ImageRecord rec = r.images.get(id);
    if (rec == null || !w.sees(me, rec, now)) {
      throw w.imageNotFound(id);
    }
    ImageState state = rec.state(now);
    if (state == ImageState.DISABLED && !rec.owner.equals(me)) {
      throw w.imageNotFound(id);
    }
    if (state != ImageState.AVAILABLE) {
      throw w.error("InvalidAMIID.Unavailable", "The image id '[" + id + "]' is not available (it is "
          + state.wireValue() + ")");
    }
    return rec;
  }
}
