package io.ami4j.testkit.fault;

import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.ImageId;
import io.ami4j.model.KeyManager;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider that records the name of every method called and answers simple values, chosen by
 * the method's return type: no method is listed here, so a new SPI method needs nothing.
 */
final class RecordingProvider {
  final List<String> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger images = new AtomicInteger();
  volatile boolean closed;
  private final AmiProvider provider = (AmiProvider) Proxy.newProxyInstance(AmiProvider.class.getClassLoader(),
      new Class<?>[] {AmiProvider.class}, (proxy, method, args) -> {
        switch (method.getName()) {
          case "id":
            return "recording";
          case "close":
            closed = true;
            return null;
          case "toString":
            return "RecordingProvider" + calls;
          case "hashCode":
            return System.identityHashCode(proxy);
          case "equals":
            return proxy == args[0];
          default:
            Ec2Action.of(method).orElseThrow(() -> new AssertionError("not a remote call: " + method));
            calls.add(method.getName());
            return answer(method.getReturnType(), args);
        }
      });

  /** The provider whose calls this records. */
  AmiProvider provider() {
    return provider;
  }

  long count(String method) {
    return calls.stream().filter(method::equals).count();
  }

  private Object answer(Class<?> type, Object[] args) {
    if (type == void.class) {
      return null;
    }
    if (type == ImageId.class) {
      return ImageId.of(String.format("ami-%017x", images.incrementAndGet()));
    }
    if (type == Page.class) {
      return Page.last(List.of());
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == AccountId.class) {
      return AccountId.of("123456789012");
    }
    if (type == DeregisterImageAnswer.class) {
      return DeregisterImageAnswer.of((ImageId) args[1], List.of());
    }
    if (type == BlockPublicAccessState.class) {
      return BlockPublicAccessState.UNBLOCKED;
    }
    if (type == KmsKeyDescription.class) {
      return KmsKeyDescription.of("1234abcd-12ab-34cd-56ef-1234567890ab",
          KmsKey.of("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
          KeyManager.CUSTOMER, "Enabled");
    }
    throw new AssertionError("no simple answer of type " + type.getName());
  }
}
