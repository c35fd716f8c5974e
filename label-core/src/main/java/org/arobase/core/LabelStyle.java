package org.arobase.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of arobase: public generated
 * {@code Immutable*} classes with builders, JDK collections only, and no annotation of Immutables' own in
 * them, so that a project compiling against them needs no Immutables on its classpath.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // Only @Override of the annotations that Immutables puts on what it generates when it finds them on
    // the classpath: not its own org.immutables.value.Generated, which would stay in the class files
    // and make javac -Xlint:all warn (« Cannot find annotation method 'from()' in type 'Generated' »)
    // in every project that compiles against label-core without Immutables on its classpath.
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = true))
public @interface LabelStyle {}
