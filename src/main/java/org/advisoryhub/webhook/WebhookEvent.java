package org.advisoryhub.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a subscription can be told about. */
public enum WebhookEvent {
    PUBLISHED("advisory.published"),
    AMENDED("advisory.amended"),
    WITHDRAWN("advisory.withdrawn");

    private final String label;

    WebhookEvent(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static WebhookEvent parse(String text) {
        return Arrays.stream(values())
                .filter(e -> e.label.equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an event; use "
                        + String.join(
                                ", ",
                                Arrays.stream(values()).map(WebhookEvent::label).toList())));
    }
}
