package io.ami4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingAmiProviderTest {
  @Test
  void everyMethodOfTheSpiIsForwardedToTheDelegate() throws Exception {
    List<String> forwarded = new ArrayList<>();
    AmiProvider delegate = (AmiProvider) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {AmiProvider.class}, (proxy, method, args) -> {
          forwarded.add(method.getName());
          return null;  // no SPI method returns a primitive
        });
    AmiProvider forwarding = new ForwardingAmiProvider(delegate) {};

    List<String> expected = new ArrayList<>();
    for (Method m : AmiProvider.class.getMethods()) {
      if (m.isDefault() || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      expected.add(m.getName());
      Object[] args = new Object[m.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        Class<?> t = m.getParameterTypes()[i];
        if (t == boolean.class) {
          args[i] = Boolean.TRUE;
        }
      }
      m.invoke(forwarding, args);
    }

    assertThat(forwarded).containsExactlyElementsOf(expected);
    assertThat(expected).contains("describeImages", "copyImage", "deregisterImage", "getParametersByPath", "close");
    assertThat(Arrays.stream(ForwardingAmiProvider.class.getDeclaredMethods()).filter(m -> !m.isSynthetic())
        .map(Method::getName)).containsAll(expected);
  }
}
