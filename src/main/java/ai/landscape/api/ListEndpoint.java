package ai.landscape.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that lists a collection through the {@link ListEngine}: the engine, not
 * the declared parameters, says which query parameters it takes. {@code value} is the name of the
 * collection's spec in {@link Lists}; {@code fixed} the filters that a path parameter sets.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ListEndpoint {

    String value();

    String[] fixed() default {};
}
