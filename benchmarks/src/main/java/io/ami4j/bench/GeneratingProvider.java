package io.ami4j.bench;

import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.RootDeviceType;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A provider whose DescribeImages makes each page on the fly: {@code total} images, none held in
 * memory between pages, so that a listing's memory is the lister's alone. Every other call goes
 * to the delegate.
 */
final class GeneratingProvider {
  private static final AccountId OWNER = AccountId.of("123456789012");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private GeneratingProvider() {}

  static AmiProvider around(AmiProvider delegate, int total) {
    return (AmiProvider) Proxy.newProxyInstance(AmiProvider.class.getClassLoader(), new Class<?>[] {AmiProvider.class},
        (proxy, method, args) -> {
          if (method.getName().equals("describeImages")) {
            return describeImages(total, (PageRequest) args[2]);
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static Page<Image> describeImages(int total, PageRequest page) {
    int from = page.token().map(Integer::parseInt).orElse(0);
    int size = page.size().orElse(1000);
    int to = Math.min(total, from + size);
    List<Image> items = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      items.add(Image.builder().id(ImageId.of(String.format("ami-%017x", i))).name("generated-" + i)
          .ownerId(OWNER).creationDate(START.plusSeconds(i)).state(ImageState.AVAILABLE)
          .architecture(Architecture.X86_64).rootDeviceType(RootDeviceType.EBS).putTags("n", Integer.toString(i))
          .build());
    }
    return Page.of(items, to < total ? Integer.toString(to) : null);
  }
}
