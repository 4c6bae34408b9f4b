package io.ami4j.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against the in-memory EC2 world. Test methods (and lifecycle
 * methods) may declare parameters of type {@link io.ami4j.testkit.FakeEc2},
 * {@link io.ami4j.AmiClient}, {@link io.ami4j.testkit.time.VirtualClock} or
 * {@link io.ami4j.spi.AmiProvider}; each test gets a fresh world unless the class asks to share
 * one.
 *
 * <pre>{@code
 * @AmiTest
 * class GoldenImageTest {
 *   @Test
 *   void copiesKeepTheirTags(AmiClient amis, FakeEc2 world) {
 *     Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
 *     ...
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AmiTestExtension.class)
public @interface AmiTest {
  /** Whether all tests of the class share one world (default: a fresh world per test). */
  boolean sharedWorld() default false;

  /** The client's default region. */
  String region() default "us-east-1";

  /** Whether the world throttles with EC2's published token buckets. */
  boolean throttling() default false;

  /** Whether the world holds the public catalog (Amazon Linux, Ubuntu, Windows, …). */
  boolean seedCatalog() default true;
}
