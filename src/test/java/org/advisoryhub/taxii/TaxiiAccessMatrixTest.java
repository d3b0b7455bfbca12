package org.advisoryhub.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every collection against every TLP level: a key never sees a collection or an object beyond its grants. */
@HubTest
class TaxiiAccessMatrixTest extends OfficialsTest {

    private static Map<String, String> reports;
    private static Map<String, String> advisories;
    private static Partners.Key allCollections;
    private static Partners.Key greenCeiling;
    private static Partners.Key otherPartner;

    @BeforeEach
    void publishOnePerLevel() {
        if (reports != null) {
            return;
        }
        Partners.partner("test-matrix", "PARTNER_GOVERNMENT");
        Partners.partner("test-matrix-other", "PARTNER_GOVERNMENT");
        Partners.collection("test-red", "RED", List.of());
        advisories = Map.of(
                "CLEAR", Advisories.publishedAt("Matrix clear", "CLEAR", List.of(), "m-clear.example.org"),
                "GREEN", Advisories.publishedAt("Matrix green", "GREEN", List.of(), "m-green.example.org"),
                "AMBER", Advisories.publishedAt("Matrix amber", "AMBER", List.of(), "m-amber.example.org"),
                "AMBER_STRICT",
                        Advisories.publishedAt(
                                "Matrix strict", "AMBER+STRICT", List.of("test-matrix"), "m-strict.example.org"),
                "RED", Advisories.publishedAt("Matrix red", "RED", List.of("test-matrix"), "m-red.example.org"));
        reports = new java.util.HashMap<>();
        advisories.forEach((tlp, id) -> reports.put(tlp, Advisories.reportId(id)));
        List<String> all = List.of("public", "vasp-indicators", "partner-governments", "test-red");
        allCollections = Partners.key("test-matrix", all, "RED");
        greenCeiling = Partners.key("test-matrix", all, "GREEN");
        otherPartner = Partners.key("test-matrix-other", all, "RED");
    }

    private static boolean sees(Partners.Key key, String collection, String tlp) {
        String report = reports.get(tlp);
        Map<String, Object> body = key.taxii()
                .queryParam("match[id]", report)
                .get("/taxii2/api/collections/" + collection + "/objects/")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        return body.containsKey("objects");
    }

    /** Reports: public only CLEAR; vasp-indicators carries no reports; partner-governments up to AMBER+STRICT; RED to recipients. */
    @ParameterizedTest(name = "{0} / {1}: recipient {2}, green key {3}, other partner {4}")
    @CsvSource({
        "public,CLEAR,true,true,true",
        "public,GREEN,false,false,false",
        "public,AMBER,false,false,false",
        "public,AMBER_STRICT,false,false,false",
        "public,RED,false,false,false",
        "vasp-indicators,CLEAR,false,false,false",
        "vasp-indicators,GREEN,false,false,false",
        "vasp-indicators,AMBER,false,false,false",
        "vasp-indicators,AMBER_STRICT,false,false,false",
        "vasp-indicators,RED,false,false,false",
        "partner-governments,CLEAR,true,true,true",
        "partner-governments,GREEN,true,true,true",
        "partner-governments,AMBER,true,false,true",
        "partner-governments,AMBER_STRICT,true,false,false",
        "partner-governments,RED,false,false,false",
        "test-red,CLEAR,true,true,true",
        "test-red,GREEN,true,true,true",
        "test-red,AMBER,true,false,true",
        "test-red,AMBER_STRICT,true,false,false",
        "test-red,RED,true,false,false"
    })
    void shouldShowReportsOnlyWithinGrants(
            String collection, String tlp, boolean recipient, boolean green, boolean other) {
        assertThat(sees(allCollections, collection, tlp)).as("recipient key").isEqualTo(recipient);
        assertThat(sees(greenCeiling, collection, tlp)).as("GREEN-ceiling key").isEqualTo(green);
        assertThat(sees(otherPartner, collection, tlp)).as("another partner").isEqualTo(other);
    }

    /** Indicators reach the VASP collection up to GREEN only, with what they reference. */
    @ParameterizedTest
    @CsvSource({
        "CLEAR,m-clear.example.org,true",
        "GREEN,m-green.example.org,true",
        "AMBER,m-amber.example.org,false",
        "RED,m-red.example.org,false"
    })
    void shouldCarryIndicatorsToVaspsUpToGreen(String tlp, String domain, boolean visible) {
        String key = org.advisoryhub.indicator.IndicatorKeys.of(advisories.get(tlp), "domain::" + domain)
                .toString();
        String indicator = org.advisoryhub.stix.StixIds.of("indicator", key);
        Map<String, Object> body = allCollections
                .taxii()
                .queryParam("match[id]", indicator)
                .get("/taxii2/api/collections/vasp-indicators/objects/")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        assertThat(body.containsKey("objects")).isEqualTo(visible);
        if (visible) {
            assertThat(String.valueOf(body.get("objects"))).contains("domain-name:value = '" + domain + "'");
        }
        allCollections
                .taxii()
                .queryParam("match[type]", "report")
                .get("/taxii2/api/collections/vasp-indicators/objects/")
                .then()
                .statusCode(200)
                .body("$", org.hamcrest.Matchers.anEmptyMap());
        allCollections
                .taxii()
                .queryParam("match[type]", "marking-definition")
                .get("/taxii2/api/collections/vasp-indicators/objects/")
                .then()
                .statusCode(200)
                .body(
                        "objects.id",
                        org.hamcrest.Matchers.hasItem("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"));
    }
}
