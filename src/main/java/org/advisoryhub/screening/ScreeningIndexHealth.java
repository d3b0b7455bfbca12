package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The instance is ready for partners once its screening index has loaded. */
@Readiness
@ApplicationScoped
public class ScreeningIndexHealth implements HealthCheck {

    private final ScreeningIndex index;

    public ScreeningIndexHealth(ScreeningIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("screening-index")
                .status(index.loaded())
                .withData("values", index.size())
                .build();
    }
}
