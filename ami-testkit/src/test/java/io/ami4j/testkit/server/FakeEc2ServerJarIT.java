package io.ami4j.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * The packaged stand-alone server: {@code java -jar ami4j-fake-ec2.jar --port 0} announces its
 * endpoint on one line, answers the SDK's DescribeImages, and stops cleanly on SIGTERM.
 */
class FakeEc2ServerJarIT {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:[0-9]+)");

  @Test
  void startsAnswersAndStopsOnSigterm() throws Exception {
    Path jar = Path.of(System.getProperty("ami4j.fakeEc2.jar", "target/ami4j-fake-ec2.jar"));
    assertThat(jar).exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path stderr = Files.createTempFile("fake-ec2", ".err");
    Process p = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "--port", "0"))
        .redirectError(stderr.toFile()).start();
    // stdout is read on its own thread: destroy() closes the stream it would otherwise be read from.
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = out.readLine(); l != null; l = out.readLine()) {
          lines.add(l);
        }
      } catch (IOException closed) {
        // the process ended and its stream went with it
      }
    }, "fake-ec2-stdout");
    reader.start();
    try {
      String line = lines.poll(60, TimeUnit.SECONDS);
      assertThat(line).as("first line of stdout; stderr: %s", Files.readString(stderr)).isNotNull();
      Matcher m = LISTENING.matcher(line);
      assertThat(m.matches()).as("'%s' announces the endpoint", line).isTrue();
      URI endpoint = URI.create(m.group(1));

      try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
          .build()) {
        List<Image> amazon = ec2.describeImages(b -> b.owners("amazon")).images();
        assertThat(amazon).isNotEmpty().allSatisfy(i -> assertThat(i.imageOwnerAlias()).isEqualTo("amazon"));
      }

      p.destroy();   // SIGTERM
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
      // A JVM ended by SIGTERM exits with 143 (128 + 15) once its shutdown hooks have run.
      assertThat(p.exitValue()).isIn(0, 143);
      reader.join(5_000);
      assertThat(lines).as("nothing but the one line on stdout").isEmpty();
      assertThat(Files.readString(stderr)).contains("stopped").doesNotContain("Exception").doesNotContain("\tat ");
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(stderr);
    }
  }
}
