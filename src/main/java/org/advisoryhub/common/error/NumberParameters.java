package org.advisoryhub.common.error;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Whole-number request parameters ({@code limit}, {@code from}, {@code to}…): text that is not a number is a 400
 * naming the parameter, where JAX-RS would answer 404 as if the resource did not exist.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(nameOf(annotations), Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(nameOf(annotations), Long::valueOf);
        }
        return null;
    }

    private static <N extends Number> ParamConverter<N> converter(String name, Function<String, N> parse) {
        return new ParamConverter<>() {
            @Override
            public N fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (NumberFormatException e) {
                    throw ValidationFailedException.of(name, "must be a whole number");
                }
            }

            @Override
            public String toString(N value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }
}
