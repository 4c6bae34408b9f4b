package io.ami4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An application that uses FakeEc2 at compile scope gets neither JUnit nor AssertJ at run time:
 * ami-testkit declares them optional (the POM) and {@code requires static} (module-info). The
 * class path is the one Maven resolves for this module's runtime scope
 * ({@code target/runtime-class-path.txt}, written by the dependency plugin); the example runs in a
 * class loader that sees that class path and nothing of the test's.
 */
class FakeEc2WithoutJUnitTest {
  private static final List<String> TEST_LIBRARIES = List.of("junit", "assertj", "opentest4j", "apiguardian");
  private static final String JUNIT = "org.junit.jupiter.api.Test";
  private static final String ASSERTJ = "org.assertj.core.api.Assertions";

  private static List<Path> runtimeClassPath() throws IOException {
    Path file = Path.of("target", "runtime-class-path.txt");
    assertThat(file).as("written by the dependency plugin before the tests").exists();
    return Arrays.stream(Files.readString(file).trim().split(java.io.File.pathSeparator))
        .filter(s -> !s.isBlank()).map(Path::of).collect(Collectors.toList());
  }

  private static URL[] urls(List<Path> paths) {
    return paths.stream().map(p -> {
      try {
        return p.toUri().toURL();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).toArray(URL[]::new);
  }

  /** Runs SmallExamples.shareAcrossAccounts as loaded by {@code loader}; returns its exit code and output. */
  private static String shareAcrossAccounts(ClassLoader loader) throws Exception {
    Class<?> examples = Class.forName("io.ami4j.examples.SmallExamples", true, loader);
    assertThat(examples.getClassLoader()).isSameAs(loader);
    Method run = examples.getDeclaredMethod("shareAcrossAccounts", PrintStream.class);
    run.setAccessible(true);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = (int) run.invoke(null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(out).isZero();
    return out;
  }

  @Test
  void mavenLeavesJUnitAndAssertJOffTheRuntimeClassPath() throws IOException {
    List<Path> cp = runtimeClassPath();
    assertThat(cp).anyMatch(p -> p.toString().contains("ami-testkit"));
    assertThat(cp).noneMatch(p -> TEST_LIBRARIES.stream().anyMatch(lib -> p.getFileName().toString().contains(lib)));
  }

  @Test
  void fakeEc2RunsOnTheClassPathWithoutJUnitOrAssertJ() throws Exception {
    List<Path> cp = new ArrayList<>(runtimeClassPath());
    cp.add(Path.of("target", "classes"));
    try (URLClassLoader loader = new URLClassLoader("runtime", urls(cp), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass(JUNIT)).isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass(ASSERTJ)).isInstanceOf(ClassNotFoundException.class);
      assertThat(shareAcrossAccounts(loader)).contains("launched").contains("after revoking, the partner is refused");
    }
  }

  @Test
  void fakeEc2RunsOnTheModulePathWithoutJUnitOrAssertJ() throws Exception {
    // The testkit and what it requires as modules; a plain `requires org.junit.jupiter.api` would make
    // this resolution fail with "Module org.junit.jupiter.api not found, required by io.ami4j.testkit".
    Path[] modulePath = runtimeClassPath().toArray(Path[]::new);
    Configuration config = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(modulePath), ModuleFinder.of(), Set.of("io.ami4j.testkit"));
    assertThat(config.findModule("org.junit.jupiter.api")).isEmpty();
    assertThat(config.findModule("org.assertj.core")).isEmpty();
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    ClassLoader modules = layer.findLoader("io.ami4j.testkit");
    assertThat(modules.loadClass("io.ami4j.testkit.FakeEc2").getModule().getName()).isEqualTo("io.ami4j.testkit");
    assertThatThrownBy(() -> modules.loadClass(JUNIT)).isInstanceOf(ClassNotFoundException.class);

    // The application itself stays on the class path, reading the modules, as most applications do.
    try (URLClassLoader app = new URLClassLoader("app", urls(List.of(Path.of("target", "classes"))), modules)) {
      assertThat(shareAcrossAccounts(app)).contains("after revoking, the partner is refused");
    }
  }
}
