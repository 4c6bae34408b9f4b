package io.ami4j.testkit.server;

import io.ami4j.model.Region;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stand-alone server's command line. Every option takes {@code --name value} or
 * {@code --name=value}; {@link #usage()} documents them all.
 */
final class ServerOptions {
  String host = "127.0.0.1";
  int port = 8787;
  long seed = 42L;
  List<Region> regions = new ArrayList<>();
  boolean catalog = true;
  Duration createImagePending = Duration.ofSeconds(3);
  Duration registerImagePending = Duration.ofSeconds(2);
  Duration copyImagePending = Duration.ofSeconds(5);
  Duration instancePending = Duration.ofSeconds(2);
  Duration instanceShuttingDown = Duration.ofSeconds(2);
  double faultRate;
  boolean throttle;
  double refillFactor = 1.0;
  Duration consistencyLag = Duration.ZERO;
  boolean help;

  /** The options that take a value. */
  private static final Set<String> VALUE_OPTIONS = Set.of("--host", "--port", "--seed", "--regions", "--pending",
      "--create-image-pending", "--register-image-pending", "--copy-image-pending", "--instance-pending",
      "--instance-shutting-down", "--fault-rate", "--refill-factor", "--consistency-lag");

  private ServerOptions() {}

  /**
   * Parses a command line.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException naming the option that is wrong and why
   */
  static ServerOptions parse(String... args) {
    ServerOptions o = new ServerOptions();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (name.equals("--help") || name.equals("-h")) {
        o.help = true;
        continue;
      }
      if (name.equals("--no-catalog")) {
        o.catalog = false;
        continue;
      }
      if (name.equals("--throttle")) {
        o.throttle = true;
        continue;
      }
      if (name.equals("--instant")) {
        o.instant();
        continue;
      }
      if (!VALUE_OPTIONS.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + " (see --help)");
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value (see --help)");
        }
        value = args[++i];
      }
      o.set(name, value);
    }
    return o;
  }

  /** No pending times at all: images available and instances running or terminated at once. */
  private void instant() {
    createImagePending = Duration.ZERO;
    registerImagePending = Duration.ZERO;
    copyImagePending = Duration.ZERO;
    instancePending = Duration.ZERO;
    instanceShuttingDown = Duration.ZERO;
  }

  private void set(String name, String value) {
    switch (name) {
      case "--host":
        host = value;
        break;
      case "--port":
        port = integer(name, value, 0, 65_535);
        break;
      case "--seed":
        seed = longValue(name, value);
        break;
      case "--regions":
        regions = new ArrayList<>();
        for (String r : value.split(",")) {
          regions.add(Region.of(r.trim()));
        }
        break;
      case "--pending":
        createImagePending = DurationParser.parse(name, value);
        registerImagePending = createImagePending;
        copyImagePending = createImagePending;
        break;
      case "--create-image-pending":
        createImagePending = DurationParser.parse(name, value);
        break;
      case "--register-image-pending":
        registerImagePending = DurationParser.parse(name, value);
        break;
      case "--copy-image-pending":
        copyImagePending = DurationParser.parse(name, value);
        break;
      case "--instance-pending":
        instancePending = DurationParser.parse(name, value);
        break;
      case "--instance-shutting-down":
        instanceShuttingDown = DurationParser.parse(name, value);
        break;
      case "--fault-rate":
        faultRate = fraction(name, value);
        break;
      case "--refill-factor":
        refillFactor = positive(name, value);
        break;
      case "--consistency-lag":
        consistencyLag = DurationParser.parse(name, value);
        break;
      default:
        throw new IllegalArgumentException("unknown option " + name + " (see --help)");
    }
  }

  private static int integer(String name, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + ": '" + value + "' must be a whole number from " + min + " to " + max);
  }

  /** Whether any fault is asked for: then every account's provider is wrapped. */
  boolean faulty() {
    return faultRate > 0 || throttle || !consistencyLag.isZero();
  }

  private static double fraction(String name, String value) {
    double d = decimal(name, value);
    if (d < 0 || d > 1) {
      throw new IllegalArgumentException(name + ": '" + value + "' must be from 0 to 1");
    }
    return d;
  }

  private static double positive(String name, String value) {
    double d = decimal(name, value);
    if (d <= 0) {
      throw new IllegalArgumentException(name + ": '" + value + "' must be greater than 0");
    }
    return d;
  }

  private static double decimal(String name, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + value + "' must be a number", e);
    }
  }

  private static long longValue(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + value + "' must be a whole number", e);
    }
  }

  /** The text of {@code --help}. */
  static String usage() {
    return String.join(System.lineSeparator(),
        "Usage: java -jar ami4j-fake-ec2.jar [options]",
        "",
        "Serves an in-memory EC2 (with STS GetCallerIdentity and SSM public parameters) on HTTP in",
        "EC2's own protocols, for the AWS SDKs, the AWS CLI and boto3. Prints one line",
        "'listening on http://HOST:PORT' when ready; stops on SIGTERM or Ctrl-C.",
        "",
        "Requests act for the account named by a 12-digit access key id (any other key: 000000000000),",
        "in the region of the request's SigV4 credential scope. Signatures are not verified.",
        "",
        "Options:",
        "  --host HOST                     address to bind (default 127.0.0.1; the server trusts every caller)",
        "  --port N                        port to listen on; 0 picks a free port (default 8787)",
        "  --seed N                        seed of generated ids, so runs repeat (default 42)",
        "  --regions R1,R2,...             the world's regions (default us-east-1,us-west-2,eu-west-1,ap-south-1)",
        "  --no-catalog                    start without the public catalog (Amazon Linux, Ubuntu, Windows, ...)",
        "  --pending D                     how long created, registered and copied images stay pending",
        "  --create-image-pending D        how long a CreateImage image stays pending (default 3s)",
        "  --register-image-pending D      how long a RegisterImage image stays pending (default 2s)",
        "  --copy-image-pending D          how long a CopyImage image stays pending (default 5s)",
        "  --instance-pending D            how long an instance stays pending before running (default 2s)",
        "  --instance-shutting-down D      how long a terminated instance stays shutting-down (default 2s)",
        "  --instant                       every pending time above 0: images are available, instances running",
        "                                  or terminated at once (options after it still set their own time)",
        "  --fault-rate P                  probability (0 to 1) that a call fails with a random InternalError (500)",
        "                                  or Unavailable (503), half each, before reaching the world (default 0)",
        "  --throttle                      throttle calls by EC2's token buckets per account, region and action,",
        "                                  answering RequestLimitExceeded when a bucket is empty",
        "  --refill-factor F               multiply the buckets' refill rates (with --throttle; default 1)",
        "  --consistency-lag D             new images answer InvalidAMIID.NotFound for up to D after they are",
        "                                  made, as EC2's eventual consistency does (default 0: off)",
        "  -h, --help                      print this help and exit",
        "",
        "Durations: 500ms, 3s, 2m, 1h or ISO-8601 (PT3S). Time runs on the real clock. Random faults",
        "follow --seed, so a run with the same calls fails the same way.",
        "",
        "Pending times: keep the defaults to test code that waits, as it must against EC2 (a resource",
        "that is pending for a while). Use --instant for programs that wait with the SDK's waiters, which",
        "poll every 15 s: each wait then ends at the first poll, and a program that waits five times runs",
        "in seconds instead of minutes.");
  }
}
