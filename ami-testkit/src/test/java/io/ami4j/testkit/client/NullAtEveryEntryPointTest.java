package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code null} given to any public method of the fluent API that takes an object answers
 * {@link AmiValidationException} naming the field, never a {@link NullPointerException}: every
 * public method of every spec reachable from {@link AmiClient}, called with {@code null} for each
 * of its object parameters in turn, before any remote call.
 */
class NullAtEveryEntryPointTest {
  private static final ImageId IMAGE = ImageId.of("ami-0123456789abcdef0");

  /** The specs a client hands out, each made fresh for every call. */
  static List<Supplier<Object>> specs(AmiClient amis) {
    return List.of(
        () -> amis, amis::images, () -> amis.images().query(), () -> amis.create(), () -> amis.register(),
        () -> amis.create().fromInstance(InstanceId.of("i-0123456789abcdef0")),
        () -> amis.register().fromSnapshot(SnapshotId.of("snap-0123456789abcdef0")),
        () -> amis.launch(IMAGE), () -> amis.copy(IMAGE), () -> amis.sharing(IMAGE), amis::instances,
        () -> amis.tags(IMAGE), () -> amis.retire(IMAGE), () -> amis.deregister(IMAGE),
        () -> amis.tagImages(List.of(IMAGE)), amis::cleanup, () -> amis.bake(IMAGE), amis::bakes, amis::freshness);
  }

  static Stream<Arguments> entryPoints() {
    List<Arguments> out = new ArrayList<>();
    try (FakeEc2 world = FakeEc2.create(); AmiClient amis = world.clientBuilder().build()) {
      List<Supplier<Object>> specs = specs(amis);
      for (int s = 0; s < specs.size(); s++) {
        Class<?> type = specs.get(s).get().getClass();
        for (Method m : type.getMethods()) {
          if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
            continue;
          }
          Class<?>[] params = m.getParameterTypes();
          for (int p = 0; p < params.length; p++) {
            if (!params[p].isPrimitive()) {
              out.add(Arguments.of(type.getSimpleName() + "." + m.getName() + " parameter " + p, s, m, p));
            }
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void nullIsAValidationError(String name, int spec, Method method, int nullParameter) throws Exception {
    try (FakeEc2 world = FakeEc2.create(); AmiClient amis = world.clientBuilder().build()) {
      int mark = world.mutations().size();
      Object target = specs(amis).get(spec).get();
      Object[] args = new Object[method.getParameterCount()];
      Class<?>[] params = method.getParameterTypes();
      for (int i = 0; i < args.length; i++) {
        args[i] = i == nullParameter ? null : sample(params[i]);
      }
      Throwable thrown = null;
      try {
        method.invoke(target, args);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }
      assertThat(thrown).as("%s with null", name).isInstanceOf(AmiValidationException.class);
      assertThat(world.mutations().since(mark)).isEmpty();
    }
  }

  /** A harmless non-null value for the other parameters. */
  private static Object sample(Class<?> type) {
    if (type == int.class) {
      return 1;
    } else if (type == long.class) {
      return 1L;
    } else if (type == boolean.class) {
      return false;
    } else if (type == String.class) {
      return "x";
    } else if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    return null;
  }
}
