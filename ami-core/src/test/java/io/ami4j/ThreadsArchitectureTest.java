package io.ami4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.ami4j.archfixture.MakesThreads;
import io.ami4j.internal.time.Threads;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ami-core makes threads in exactly one place, {@link Threads}: the engine runs on the scheduler
 * and blocking executor a client is given, so that a virtual scheduler can count all of its work.
 * A thread made anywhere else (a {@code new Thread}, an executor factory, a {@code *Async} call on
 * the common pool) would be work nobody counts.
 */
class ThreadsArchitectureTest {
  private static final Set<String> THREAD_MAKERS = Set.of("java.lang.Thread", "java.util.concurrent.ThreadPoolExecutor",
      "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool");

  static final ArchRule THREADS_IN_ONE_PLACE = noClasses().that().doNotBelongToAnyOf(Threads.class)
      .should(new MakeThreads())
      .because("the engine owns no threads: it runs on the client's scheduler and blocking executor");

  /** Constructs a thread or pool, calls an {@code Executors} factory, or runs on the common pool. */
  static final class MakeThreads extends ArchCondition<JavaClass> {
    MakeThreads() {
      super("make threads (new Thread, thread pools, Executors factories, CompletableFuture.*Async on the common pool)");
    }

    @Override
    public void check(JavaClass c, ConditionEvents events) {
      for (JavaAccess<?> call : c.getCodeUnitCallsFromSelf()) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        boolean makes = (name.equals("<init>") && THREAD_MAKERS.contains(owner))
            || (owner.equals("java.util.concurrent.Executors") && name.startsWith("new"))
            || (owner.equals("java.util.concurrent.CompletableFuture") && name.endsWith("Async")
                && call.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget target
                && target
                    .getRawParameterTypes().stream().noneMatch(p -> p.getName().equals("java.util.concurrent.Executor")));
        if (makes) {
          events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
        }
      }
    }
  }

  @Test
  void coreMakesThreadsOnlyInTheDefaultFactory() {
    JavaClasses production = ArchClasses.production();
    THREADS_IN_ONE_PLACE.check(production);
  }

  @Test
  void theRuleSeesTheFactoryItself() {
    EvaluationResult onFactory = new MakeThreadsRuleOnly().evaluate(new ClassFileImporter().importClasses(Threads.class));
    assertThat(onFactory.hasViolation()).as("Threads makes threads, so a rule without its exception sees it").isTrue();
  }

  @Test
  void theRuleFailsOnEachWayOfMakingThreads() {
    EvaluationResult result = THREADS_IN_ONE_PLACE.evaluate(new ClassFileImporter().importClasses(MakesThreads.class));
    List<String> details = result.getFailureReport().getDetails();
    assertThat(String.join("\n", details)).contains("Thread.<init>", "Executors.newFixedThreadPool",
        "CompletableFuture.runAsync");
  }

  /** The same condition for every class: proves the condition detects what Threads does. */
  private static final class MakeThreadsRuleOnly {
    EvaluationResult evaluate(JavaClasses classes) {
      return noClasses().should(new MakeThreads()).evaluate(classes);
    }
  }
}
