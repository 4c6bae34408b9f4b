package io.ami4j.examples;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiBakeFailedException;
import io.ami4j.AmiClient;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStageResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bakes a web server image on the in-memory world, the way a Packer build would on AWS: launch a
 * builder from the newest Amazon Linux 2023, customize it with a user-data script that ends by
 * powering it off, create the image, copy it to Europe encrypted with a regional key, share it
 * with a partner account, deprecate it in 90 days and protect it from deregistration. Virtual
 * time: the 30-odd minutes of the bake pass in a blink. Prints one line per stage.
 */
public final class BakeExample {
  private static final Region US_EAST_1 = Region.of("us-east-1");
  private static final Region EU_WEST_1 = Region.of("eu-west-1");
  private static final String SCRIPT = String.join("\n",
      "#!/bin/bash",
      "set -euo pipefail",
      "dnf -y install nginx",
      "systemctl enable nginx",
      "echo 'baked by ami4j' > /usr/share/nginx/html/index.html",
      "shutdown -h now",
      "");

  private BakeExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   * @return the exit code: 0 when the bake succeeded
   */
  public static int run(PrintStream out) {
    try (FakeEc2 world = FakeEc2.create();
         AmiClient amis = world.clientBuilder().region(US_EAST_1).build()) {
      Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
      out.println("Baking from " + base.id() + " (" + base.name() + ")");
      BakeResult result = amis.bake(base.id())
          .instanceType("t3.small")
          .userData(SCRIPT).customizeTimeout(Duration.ofMinutes(30))
          .named("web-{version}-{date}").version("1.0.0").description("nginx web tier")
          .tag("team", "web")
          .copyTo(EU_WEST_1, KmsKey.alias("alias/ami"))
          .shareWith(LaunchPermission.account(AccountId.of("123456789012")))
          .deprecateAfter(Duration.ofDays(90)).protect(false)
          .submit().await();
      print(out, result.stages());
      out.println("Image " + result.image().get().id() + " (" + result.imageName() + "), copies "
          + result.copies().entrySet().stream().map(e -> e.getValue().id() + " in " + e.getKey())
              .collect(Collectors.joining(", "))
          + ", baked in " + result.duration().truncatedTo(ChronoUnit.SECONDS) + " of virtual time");
      return 0;
    } catch (AmiBakeFailedException e) {
      print(out, e.result().stages());
      out.println("Bake failed in " + e.stage() + ": " + e.getMessage());
      return 1;
    }
  }

  private static void print(PrintStream out, List<BakeStageResult> stages) {
    for (BakeStageResult s : stages) {
      out.printf("%-16s %-9s %-8s made %-3d cleaned up %-3d %s%n", s.stage(), s.outcome(),
          s.duration().truncatedTo(ChronoUnit.SECONDS),
          s.made().size(), s.cleanedUp().size(), s.message());
    }
  }

  /**
   * Runs the example from the command line.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.exit(run(System.out));
  }
}
