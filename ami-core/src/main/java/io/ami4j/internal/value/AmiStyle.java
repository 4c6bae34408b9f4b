package io.ami4j.internal.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ami4j: generated implementations stay package-private behind the
 * public abstract type, which exposes {@code builder()} and a nested {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class},
    defaults = @Value.Immutable(copy = false))
public @interface AmiStyle {}
