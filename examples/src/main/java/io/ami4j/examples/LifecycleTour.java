package io.ami4j.examples;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.DeregistrationResult;
import io.ami4j.LaunchedInstance;
import io.ami4j.SharingResult;
import io.ami4j.examples.Steps.Outcome;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.PageRequest;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The whole life of an AMI in one run: find the latest Amazon Linux 2023, launch it, tag it,
 * create an image from it, copy the image to a second region, share it with another account,
 * launch from the new image, deprecate it, and deregister both images with their snapshots.
 */
final class LifecycleTour {
  private LifecycleTour() {}

  /**
   * Runs the tour.
   *
   * @param target where it runs
   * @param second the region the image is copied to
   * @param out where the steps are printed
   * @return the number of steps that failed
   */
  static int run(Target target, Region second, PrintStream out) {
    AmiClient amis = target.client();
    Region home = amis.region();
    Steps steps = new Steps(out, target.clock());
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(
        target.clock().instant().atZone(java.time.ZoneOffset.UTC));
    out.println("ami4j lifecycle tour on " + target.description() + ", " + home + " -> " + second);

    Optional<Image> base = steps.run("find latest Amazon Linux 2023", () -> {
      Image i = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
      return Outcome.of(i, i.id() + " " + i.name() + " (" + i.ownerAlias().orElse(i.ownerId().value()) + ")");
    });

    Optional<LaunchedInstance> builder = base.isEmpty() ? skip(steps, "launch it", "no base image")
        : steps.run("launch it", () -> {
          LaunchedInstance li = amis.launch(base.get().id()).instanceType("t3.micro").keyName("tour")
              .submit().await().get(0);
          return Outcome.of(li, li.id() + " " + li.state().wireValue()
              + ", connect: " + li.connectionHint());
        });

    if (builder.isEmpty()) {
      steps.skip("tag it", "no instance");
    } else {
      steps.run("tag it", () -> {
        amis.tags(builder.get().id()).add("Name", "ami4j-tour-builder").add("tour", stamp).apply();
        return Outcome.of(null, builder.get().id() + " Name=ami4j-tour-builder tour=" + stamp);
      });
    }

    Optional<Image> golden = builder.isEmpty() ? skip(steps, "create an image and wait", "no instance")
        : steps.run("create an image and wait", () -> {
          Image i = amis.create().fromInstance(builder.get().id()).named("ami4j-tour-" + stamp)
              .description("Made by the ami4j lifecycle tour").tag("tour", stamp).tagSnapshots()
              .submit().await();
          return Outcome.of(i, i.id() + " " + i.state().wireValue() + ", snapshots " + i.snapshotIds());
        });

    Optional<Image> copy = golden.isEmpty() ? skip(steps, "copy it to " + second, "no image")
        : steps.run("copy it to " + second, () -> {
          Image c = amis.copy(golden.get().id()).toRegion(second).copyTags().submit().await();
          return Outcome.of(c, c.id() + " in " + second + " " + c.state().wireValue() + ", tags " + c.tags());
        });

    if (golden.isEmpty()) {
      steps.skip("share it with " + target.partnerAccount(), "no image");
    } else {
      steps.run("share it with " + target.partnerAccount(), () -> {
        SharingResult r = amis.sharing(golden.get().id()).grant(LaunchPermission.account(target.partnerAccount()))
            .shareSnapshots().apply();
        String seen = target.partnerView().map(p -> {
          List<Image> visible = p.describeImages(Call.in(home), ImageQuery.byIds(List.of(golden.get().id())),
              PageRequest.first()).items();
          return visible.isEmpty() ? "; NOT visible to the partner" : "; the partner sees it";
        }).orElse("");
        if (seen.contains("NOT")) {
          throw new IllegalStateException("the partner account cannot see the shared image");
        }
        return Outcome.of(r, r.modifyCalls() + " call(s), snapshots " + r.snapshotsChanged() + seen);
      });
    }

    Optional<LaunchedInstance> second2 = golden.isEmpty() ? skip(steps, "launch from the new image", "no image")
        : steps.run("launch from the new image", () -> {
          LaunchedInstance li = amis.launch(golden.get().id()).instanceType("t3.micro").tag("tour", stamp)
              .submit().await().get(0);
          return Outcome.of(li, li.id() + " " + li.state().wireValue());
        });

    if (golden.isEmpty()) {
      steps.skip("deprecate it", "no image");
    } else {
      steps.run("deprecate it", () -> {
        Instant at = target.clock().instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
        amis.retire(golden.get().id()).deprecateAt(at).apply();
        Image now = amis.images().get(golden.get().id());
        return Outcome.of(now, "deprecation at " + now.deprecationTime().map(Object::toString).orElse("?"));
      });
    }

    steps.run("terminate the instances", () -> {
      List<io.ami4j.model.InstanceId> ids = new java.util.ArrayList<>();
      builder.ifPresent(b -> ids.add(b.id()));
      second2.ifPresent(b -> ids.add(b.id()));
      if (ids.isEmpty()) {
        return Outcome.of(null, "none were launched");
      }
      List<io.ami4j.model.Instance> gone = amis.instances().terminate(ids.toArray(io.ami4j.model.InstanceId[]::new)).apply().instances();
      return Outcome.of(null, gone.stream().map(i -> i.id() + " " + i.state().wireValue())
          .reduce((a, b) -> a + ", " + b).orElse(""));
    });

    golden.ifPresentOrElse(g -> deregister(steps, amis, g, home), () -> steps.skip("deregister the image", "no image"));
    copy.ifPresentOrElse(c -> deregister(steps, amis, c, second), () -> steps.skip("deregister the copy", "no copy"));

    out.println(steps.failed() == 0 ? "tour complete: every step succeeded"
        : "tour finished with " + steps.failed() + " failed or skipped step(s)");
    return steps.failed();
  }

  private static void deregister(Steps steps, AmiClient amis, Image image, Region region) {
    steps.run("deregister " + image.id() + " (" + region + ")", () -> {
      DeregistrationResult r = amis.deregister(image.id()).in(region).deleteSnapshots().submit().await();
      return Outcome.of(r, "snapshots deleted " + r.deleted() + (r.complete() ? "" : ", not deleted " + r.notDeleted()));
    });
  }

  private static <T> Optional<T> skip(Steps steps, String title, String why) {
    steps.skip(title, why);
    return Optional.empty();
  }
}
