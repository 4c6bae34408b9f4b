package io.ami4j.testkit.bake;

import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Errors;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A provider that answers chosen SPI methods with a non-retryable EC2 error (the backend refused),
 * and passes every other call to the world: "CopyImage to ap-south-1 is refused".
 */
final class Sabotage {
  private final Map<String, String> failures = new ConcurrentHashMap<>();

  /**
   * Makes a method fail.
   *
   * @param method the SPI method's name, e.g. {@code copyImage}
   * @param regionOrNull only calls in this region, or every call
   * @param code EC2's error code
   * @return this
   */
  Sabotage fail(String method, Region regionOrNull, String code) {
    failures.put(method + "|" + (regionOrNull == null ? "*" : regionOrNull.name()), code);
    return this;
  }

  AmiProvider wrap(AmiProvider delegate) {
    return (AmiProvider) Proxy.newProxyInstance(AmiProvider.class.getClassLoader(), new Class<?>[] {AmiProvider.class},
        (proxy, method, args) -> {
          if (args != null && args.length > 0 && args[0] instanceof Call call && !call.dryRun()) {
            Region r = call.region();
            String code = failures.getOrDefault(method.getName() + "|" + r.name(),
                failures.get(method.getName() + "|*"));
            if (code != null) {
              throw Ec2Errors.toException(code, "Refused by the test: " + method.getName() + " in " + r,
                  "req-sabotage", Ec2Errors.httpStatus(code));
            }
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
