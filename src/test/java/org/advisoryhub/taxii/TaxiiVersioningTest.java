package org.advisoryhub.taxii;

import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.FBI_PUBLISHER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/** Amendments and withdrawals reach TAXII pollers as new versions and revocations, never as silent deletions. */
@HubTest
class TaxiiVersioningTest extends OfficialsTest {

    @Test
    void shouldPublishRevokedVersionsOnAmendAndWithdraw() {
        Partners.partner("test-versioning", "VASP");
        Partners.Key key = Partners.key("test-versioning", List.of("partner-governments"), "AMBER");
        String id = Advisories.publishedAt("Versioned", "GREEN", List.of(), "v-keep.example.org\nv-drop.example.org");
        String report = Advisories.reportId(id);
        String drop = org.advisoryhub.stix.StixIds.of(
                "indicator",
                org.advisoryhub.indicator.IndicatorKeys.of(id, "domain::v-drop.example.org")
                        .toString());
        String checkpoint = key.taxii()
                .queryParam("match[id]", report)
                .get("/taxii2/api/collections/partner-governments/objects/")
                .then()
                .statusCode(200)
                .extract()
                .header(Taxii.DATE_ADDED_LAST);

        Advisories.action(FBI_DRAFTER, id, "amend").statusCode(200);
        String dropId = as(FBI_DRAFTER)
                .get("/api/v1/advisories/" + id + "/indicators?kind=domain")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.normalized == 'v-drop.example.org' }.id");
        as(FBI_DRAFTER)
                .delete("/api/v1/advisories/" + id + "/indicators/" + dropId)
                .then()
                .statusCode(204);
        Advisories.action(FBI_DRAFTER, id, "submit").statusCode(200);
        Advisories.publish(FBI_PUBLISHER, id, "Drops a domain").statusCode(200);

        // A poller that saw v1 gets the new report version and the revoked indicator after its checkpoint.
        List<Map<String, Object>> news = key.taxii()
                .queryParam("added_after", checkpoint)
                .queryParam("limit", 1000)
                .queryParam("match[id]", report + "," + drop)
                .get("/taxii2/api/collections/partner-governments/objects/")
                .then()
                .statusCode(200)
                .extract()
                .path("objects");
        assertThat(news).extracting(o -> o.get("id")).containsExactlyInAnyOrder(report, drop);
        assertThat(news)
                .filteredOn(o -> o.get("id").equals(drop))
                .singleElement()
                .satisfies(o -> assertThat(o.get("revoked")).isEqualTo(true));
        key.taxii()
                .queryParam("match[version]", "all")
                .get("/taxii2/api/collections/partner-governments/objects/" + drop + "/")
                .then()
                .statusCode(200)
                .body("objects.size()", org.hamcrest.Matchers.equalTo(2))
                .body("objects[1].revoked", org.hamcrest.Matchers.equalTo(true));
        key.taxii()
                .get("/taxii2/api/collections/partner-governments/objects/" + report + "/versions/")
                .then()
                .statusCode(200)
                .body("versions.size()", org.hamcrest.Matchers.equalTo(2));

        as(FBI_PUBLISHER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Superseded"))
                .post("/api/v1/advisories/" + id + "/withdraw")
                .then()
                .statusCode(200);
        key.taxii()
                .get("/taxii2/api/collections/partner-governments/objects/" + report + "/")
                .then()
                .statusCode(200)
                .body("objects[0].revoked", org.hamcrest.Matchers.equalTo(true));
        String keep = org.advisoryhub.stix.StixIds.of(
                "indicator",
                org.advisoryhub.indicator.IndicatorKeys.of(id, "domain::v-keep.example.org")
                        .toString());
        key.taxii()
                .get("/taxii2/api/collections/partner-governments/objects/" + keep + "/")
                .then()
                .statusCode(200)
                .body("objects[0].revoked", org.hamcrest.Matchers.equalTo(true))
                .body("objects[0].created", org.hamcrest.Matchers.notNullValue());
    }
}
