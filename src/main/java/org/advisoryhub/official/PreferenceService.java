package org.advisoryhub.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.Actor;

/** An official's own console preferences; today the time zone pages show times in. */
@ApplicationScoped
public class PreferenceService {

    private final PreferenceRepository preferences;
    private final Clock clock;

    public PreferenceService(PreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The zone the official chose, if any; a stored zone this runtime no longer knows counts as none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ZoneId> timeZone(String username) {
        return preferences.timeZone(username).flatMap(PreferenceService::known);
    }

    /** Sets the official's zone (a region id such as Asia/Seoul); blank goes back to the language's default. */
    @Transactional
    public void setTimeZone(Actor actor, String zone) {
        if (zone == null || zone.isBlank()) {
            preferences.clearTimeZone(actor.username());
            return;
        }
        ZoneId id = known(zone.trim())
                .orElseThrow(() -> ValidationFailedException.of("timeZone", "must be a time zone such as Asia/Seoul"));
        preferences.setTimeZone(actor.username(), id.getId(), clock.instant());
    }

    private static Optional<ZoneId> known(String zone) {
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
