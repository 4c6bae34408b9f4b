package io.ami4j.gen;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Puts the failing case and its seed at the head of the failure message of a parameterized
 * test, with the system property that replays it; build reports show the message, not always
 * the display name. Register it with {@code @ExtendWith(ReportSeed.class)} on the test class.
 */
public final class ReportSeed implements InvocationInterceptor {

  /** Makes the extension; JUnit calls this. */
  public ReportSeed() {}

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
    try {
      invocation.proceed();
    } catch (TestAbortedException aborted) {
      throw aborted;
    } catch (Throwable failure) {
      String name = extensionContext.getDisplayName();
      String replay = Cases.seedIn(name)
          .map(seed -> " (replay it first with -D" + Cases.SEED_PROPERTY + "=" + seed + ")")
          .orElse(" (a listed boundary case)");
      throw new AssertionError("Failed case " + name + replay + System.lineSeparator() + failure, failure);
    }
  }
}
