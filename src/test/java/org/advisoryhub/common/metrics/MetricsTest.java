package org.advisoryhub.common.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.List;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/** Prometheus metrics on the management interface, and only there: what operators alert on is all present. */
@HubTest
class MetricsTest extends OfficialsTest {

    // the management interface's root is /q, so this is its /q/metrics
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void shouldExposeTheHubsMetricsOnTheManagementInterfaceOnly() {
        Partners.partner("test-metrics", "VASP");
        Partners.Key key = Partners.key("test-metrics", List.of("public"), "CLEAR");
        key.taxii()
                .queryParam("limit", 2)
                .get("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(200);
        key.taxii()
                .queryParam("added_after", "2999-01-01T00:00:00Z")
                .get("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(200);

        String text = given().get(metrics).then().statusCode(200).extract().asString();
        assertThat(text)
                .contains("hub_pulls_total{collection=\"public\",endpoint=\"objects\"")
                .contains("hub_pull_objects_total{collection=\"public\"")
                .contains("hub_pulls_empty_total{collection=\"public\"")
                .contains("hub_api_key_cache_total{result=\"hit\"")
                .contains("hub_screening_index_values ")
                .contains("hub_screening_index_reload_seconds_count")
                .contains("hub_webhook_outbox_depth ")
                .contains("hub_pull_log_buffered ")
                .contains("hub_pull_log_seal_age_seconds ")
                .contains("http_server_requests_seconds_count");
        given().get("/q/metrics").then().statusCode(org.hamcrest.Matchers.not(200));
    }
}
