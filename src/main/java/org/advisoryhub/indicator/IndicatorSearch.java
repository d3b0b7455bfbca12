package org.advisoryhub.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.advisoryhub.advisory.PublicationPorts;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.validation.InvalidIndicatorException;

/** Turns a searched value into the normalized forms it could be stored under. */
@ApplicationScoped
public class IndicatorSearch implements PublicationPorts.IndicatorMatcher {

    @Override
    public List<String> candidates(String value) {
        Set<String> out = new LinkedHashSet<>();
        String trimmed = Refang.apply(value);
        out.add(trimmed);
        out.add(trimmed.toLowerCase(Locale.ROOT));
        try {
            out.add(IndicatorNormalizer.normalize(IndicatorInput.ofValue(value), Instant.EPOCH)
                    .normalized());
        } catch (InvalidIndicatorException e) {
            // Not a valid indicator on its own: the literal forms above may still match.
        }
        return List.copyOf(out);
    }
}
