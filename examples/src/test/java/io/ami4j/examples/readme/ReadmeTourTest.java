package io.ami4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceState;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's tour (the block marked {@code <!-- tour -->}): the whole life of an image as a user
 * writes it, short, compiled against the current API and run on the fake.
 */
class ReadmeTourTest {
  private static final Region HOME = Region.of("us-east-1");

  @Test
  void theTourIsShort() {
    Snippet tour = ReadmeSnippets.marked("tour");
    assertThat(LineCount.of(tour.code())).as("lines of code in README's tour (%s)", tour).isLessThanOrEqualTo(40);
  }

  @Test
  void theTourRunsOnTheFakeAndLeavesNothingBehind() throws Exception {
    SnippetCompiler.Result compiled = SnippetCompiler.compile(ReadmeSnippets.marked("tour"));
    assertThat(compiled.ok()).as("README's tour does not compile:%n%s", compiled.errors()).isTrue();
    Method run = entryPoint(compiled.loader().loadClass(compiled.className()));

    try (FakeEc2 world = FakeEc2.create(); AmiClient amis = world.clientBuilder().region(HOME).build()) {
      int before = world.allImages(HOME).size();
      run.setAccessible(true);
      run.invoke(null, amis);

      assertThat(world.allImages(HOME)).as("images the tour made are deregistered")
          .filteredOn(i -> i.ownerId().equals(FakeEc2.DEFAULT_ACCOUNT))
          .allMatch(i -> i.state() == ImageState.DEREGISTERED);
      assertThat(world.allImages(HOME)).hasSizeGreaterThan(before);
      List<Instance> instances = world.allInstances(HOME);
      assertThat(instances).as("instances the tour launched").hasSizeGreaterThanOrEqualTo(2)
          .allMatch(i -> i.state() == InstanceState.TERMINATED || i.state() == InstanceState.SHUTTING_DOWN);
      assertThat(world.mutations().size()).isPositive();
    }
  }

  /** The tour's one static method that takes the client. */
  private static Method entryPoint(Class<?> type) {
    List<Method> candidates = Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == AmiClient.class)
        .toList();
    assertThat(candidates).as("README's tour declares one static method taking an AmiClient").hasSize(1);
    return candidates.get(0);
  }
}
