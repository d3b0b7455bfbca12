package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ServiceUnavailableException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.indicator.IndicatorNormalizer;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.validation.InvalidIndicatorException;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.screening.dto.ScreenHit;
import org.advisoryhub.screening.dto.ScreenMatch;
import org.advisoryhub.screening.dto.ScreenResponse;
import org.advisoryhub.screening.dto.UnreadableValue;
import org.advisoryhub.stix.StixIds;

/**
 * Screens values against every published indicator the key may see, from memory. Values are normalized exactly
 * as on input (refanged, EVM and bech32 case, domain case and trailing dot), so any spelling of a listed value hits.
 */
@ApplicationScoped
public class ScreeningService {

    private final ScreeningIndex index;
    private final ScreeningScopes scopes;
    private final Clock clock;
    private final int maxValues;

    public ScreeningService(ScreeningIndex index, ScreeningScopes scopes, Clock clock, HubConfig config) {
        this.index = index;
        this.scopes = scopes;
        this.clock = clock;
        this.maxValues = config.screening().maxValues();
    }

    public ScreenResponse screen(ApiKeyGrant grant, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw ValidationFailedException.of("values", "give at least one value to screen");
        }
        if (values.size() > maxValues) {
            throw ValidationFailedException.of(
                    "values", "at most " + maxValues + " values per request, got " + values.size());
        }
        if (!index.loaded()) {
            throw new ServiceUnavailableException("the screening index is still loading; retry in a few seconds");
        }
        List<Visibility.PartnerView> views = scopes.views(grant);
        Instant now = clock.instant();
        List<ScreenMatch> matches = new ArrayList<>();
        List<UnreadableValue> unreadable = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String normalized;
            try {
                normalized = IndicatorNormalizer.normalize(IndicatorInput.ofValue(value), now)
                        .normalized();
            } catch (InvalidIndicatorException e) {
                unreadable.add(new UnreadableValue(i, value, e.getMessage()));
                continue;
            }
            List<ScreenHit> hits = hits(normalized, views, now);
            if (!hits.isEmpty()) {
                matches.add(new ScreenMatch(i, value, normalized, hits));
            }
        }
        return new ScreenResponse(values.size(), matches.size(), matches, unreadable);
    }

    private List<ScreenHit> hits(String normalized, List<Visibility.PartnerView> views, Instant now) {
        List<ScreenHit> out = new ArrayList<>(1);
        for (IndexedIndicator i : index.lookup(normalized)) {
            PublishedAdvisory a = i.advisory();
            if (a.visibleTo(views)) {
                out.add(new ScreenHit(
                        StixIds.of("indicator", i.key().toString()),
                        i.kind(),
                        i.value(),
                        i.chain(),
                        i.chainName(),
                        i.asset(),
                        i.platform(),
                        i.activeAt(now),
                        i.validUntil(),
                        a.publicId(),
                        a.title(),
                        a.tlp(),
                        a.withdrawn(),
                        a.revision(),
                        Arrays.stream(i.revisions()).boxed().toList()));
            }
        }
        return out;
    }
}
