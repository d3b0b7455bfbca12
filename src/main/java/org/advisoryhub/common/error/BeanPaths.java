package org.advisoryhub.common.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.Path;
import java.util.List;

/** Renders validation and JSON paths the way clients wrote the request: {@code items[2].value}. */
final class BeanPaths {

    private BeanPaths() {}

    /** Drops the method and parameter nodes Bean Validation puts in front of a request-body path. */
    static String field(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> out.setLength(0);
                default -> {
                    if (node.isInIterable()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        out.append('[').append(at == null ? "" : at).append(']');
                    }
                    if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                        append(out, node.getName(), null);
                    }
                }
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    static String field(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            append(out, ref.getFieldName(), ref.getIndex() >= 0 ? ref.getIndex() : null);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String name, Integer index) {
        if (index != null && name == null) {
            out.append('[').append(index).append(']');
            return;
        }
        if (name == null) {
            return;
        }
        if (!out.isEmpty()) {
            out.append('.');
        }
        out.append(name);
        if (index != null) {
            out.append('[').append(index).append(']');
        }
    }
}
