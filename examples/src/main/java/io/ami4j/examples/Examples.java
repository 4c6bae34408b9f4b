package io.ami4j.examples;

import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The examples launcher: {@code java -jar examples/target/ami4j-examples.jar NAME [OPTIONS]}.
 * Every example runs on the in-memory EC2 world unless told otherwise; the exit code is
 * non-zero when a step failed.
 */
public final class Examples {
  private static final String HELP = String.join("\n",
      "usage: java -jar examples/target/ami4j-examples.jar EXAMPLE [OPTIONS]",
      "",
      "examples:",
      "  tour                   the whole AMI lifecycle, one line per step",
      "  latest-amazon-linux    the latest Amazon Linux for both architectures, and the owner guard",
      "  share-across-accounts  share an image with another account, which launches it",
      "  paid-image             a marketplace image refused until the account subscribes",
      "  cleanup                a cleanup plan, printed, then executed",
      "  bake                   the bake pipeline: launch, customize, image, copy, share",
      "",
      "tour options:",
      "  --endpoint URL         run through the AWS provider against an EC2-compatible endpoint",
      "                         (credentials from the default chain, or a test pair when none is set)",
      "  --aws                  run against real AWS (default credentials chain; costs money)",
      "  --region R             the home region (default us-east-1)",
      "  --copy-to R            the region the image is copied to (default eu-west-1)",
      "  --share-with ACCOUNT   the account to share with (default 111122223333)",
      "  --wait MINUTES         the deadline of each wait on an endpoint or AWS (default 45)",
      "  --help                 this text");

  private Examples() {}

  /**
   * Runs an example.
   *
   * @param args the example's name and options
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Deque<String> a = new ArrayDeque<>(args);
    if (a.isEmpty() || a.peek().equals("--help") || a.peek().equals("-h")) {
      out.println(HELP);
      return a.isEmpty() ? 2 : 0;
    }
    String name = a.pop();
    try {
      switch (name) {
        case "tour":
          return tour(a, out);
        case "latest-amazon-linux":
          return SmallExamples.latestAmazonLinux(out);
        case "share-across-accounts":
          return SmallExamples.shareAcrossAccounts(out);
        case "paid-image":
          return SmallExamples.paidImage(out);
        case "cleanup":
          return CleanupExample.run(out);
        case "bake":
          return BakeExample.run(out);
        default:
          err.println("unknown example '" + name + "'\n\n" + HELP);
          return 2;
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + "\n\n" + HELP);
      return 2;
    }
  }

  private static int tour(Deque<String> a, PrintStream out) {
    URI endpoint = null;
    boolean aws = false;
    Region home = Region.of("us-east-1");
    Region copyTo = Region.of("eu-west-1");
    AccountId partner = Target.PARTNER;
    Duration wait = Duration.ofMinutes(45);
    while (!a.isEmpty()) {
      String opt = a.pop();
      switch (opt) {
        case "--endpoint":
          endpoint = URI.create(value(a, opt));
          break;
        case "--aws":
          aws = true;
          break;
        case "--region":
          home = Region.of(value(a, opt));
          break;
        case "--copy-to":
          copyTo = Region.of(value(a, opt));
          break;
        case "--share-with":
          partner = AccountId.of(value(a, opt));
          break;
        case "--wait":
          wait = Duration.ofMinutes(Long.parseLong(value(a, opt)));
          break;
        case "--help":
          out.println(HELP);
          return 0;
        default:
          throw new IllegalArgumentException("unknown option " + opt);
      }
    }
    if (aws && endpoint != null) {
      throw new IllegalArgumentException("--aws and --endpoint exclude each other");
    }
    try (Target target = aws ? Target.aws(home, partner, wait)
        : endpoint != null ? Target.endpoint(endpoint, home, partner, wait) : Target.inMemory(home, partner)) {
      return LifecycleTour.run(target, copyTo, out) == 0 ? 0 : 1;
    }
  }

  private static String value(Deque<String> a, String opt) {
    if (a.isEmpty()) {
      throw new IllegalArgumentException(opt + " needs a value");
    }
    return a.pop();
  }
}
