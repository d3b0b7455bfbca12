package org.advisoryhub.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

public class ClockProducer {

    /**
     * UTC wall clock at microsecond precision, the precision PostgreSQL stores, so a value read back equals
     * the value written. Injected so services never call {@code Instant.now()} themselves.
     */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
