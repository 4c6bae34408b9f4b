package io.ami4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * ami4j-bom hands users the JUnit and AssertJ versions the testkit is built and tested with: the
 * versions on this test class path (the parent's {@code junit.version} and {@code assertj.version}).
 */
class BomVersionsTest {
  private static final Path BOM = Path.of("..", "bom", "pom.xml");

  private static String bomProperty(String name) throws IOException {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(BOM));
    assertThat(m.find()).as("%s declares <%s>", BOM, name).isTrue();
    return m.group(1).trim();
  }

  private static String bundleVersion(Class<?> type) throws Exception {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile j = new JarFile(jar.toFile())) {
      return j.getManifest().getMainAttributes().getValue("Bundle-Version");
    }
  }

  @Test
  void theBomManagesTheJUnitTheTestkitIsTestedWith() throws Exception {
    assertThat(bomProperty("ami4j.junit.version")).isEqualTo(bundleVersion(Test.class));
    assertThat(Files.readString(BOM)).contains("<artifactId>junit-bom</artifactId>")
        .contains("<version>${ami4j.junit.version}</version>");
  }

  @Test
  void theBomManagesTheAssertJTheTestkitIsTestedWith() throws Exception {
    assertThat(bomProperty("ami4j.assertj.version")).isEqualTo(bundleVersion(Assertions.class));
    assertThat(Files.readString(BOM)).contains("<artifactId>assertj-bom</artifactId>")
        .contains("<version>${ami4j.assertj.version}</version>");
  }
}
