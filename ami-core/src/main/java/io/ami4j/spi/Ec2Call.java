package io.ami4j.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The remote action an SPI method is: the one place that says which {@link Ec2Action} each method
 * of {@link AmiProvider} calls. The engine paces and counts a call by it, and every
 * {@link CallInterceptor} is told it ({@link CallContext#action()}); read it with
 * {@link Ec2Action#of(java.lang.reflect.Method)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Ec2Call {
  /** The action the method calls. */
  Ec2Action value();
}
