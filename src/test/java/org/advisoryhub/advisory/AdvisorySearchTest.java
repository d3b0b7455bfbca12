package org.advisoryhub.advisory;

import static org.advisoryhub.support.Advisories.create;
import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

@HubTest
class AdvisorySearchTest extends OfficialsTest {

    @Test
    void shouldFindTheSeededAdvisoriesByText() {
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?q=Bybit")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("HUB-2025-0001"));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?q=Ronin bridge")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("HUB-2022-0001"));
    }

    @Test
    void shouldFindByIndicatorValueInAnyCanonicalForm() {
        // Stored lower-case; searched with its EIP-55 capitals.
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?indicator=0x098B716B8Aaf21512996dC57EB0615e2383E2f96")
                .then()
                .statusCode(200)
                .body("items.id", contains("HUB-2022-0001"));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?indicator=npmjscloud[.]com")
                .then()
                .body("items.id", hasItem("HUB-2023-0003"));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?indicator=TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz")
                .then()
                .body("items.id", hasItem("HUB-2020-0001"));
    }

    @Test
    void shouldFilterByActorStatusAndTlp() {
        as(FBI_DRAFTER).get("/api/v1/advisories?actor=G1049").then().body("items.id", contains("HUB-2021-0001"));
        as(FBI_DRAFTER).get("/api/v1/advisories?actor=jade sleet").then().body("items.id", hasItem("HUB-2023-0003"));
        String amber = Advisories.create(FBI_DRAFTER, "Amber draft", List.of());
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?status=draft&limit=500")
                .then()
                .body("items.status", everyItem(equalTo("DRAFT")))
                .body("items.id", hasItem(amber));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?tlp=CLEAR&limit=500")
                .then()
                .body("items.tlp", everyItem(equalTo("CLEAR")))
                .body("items.id", not(hasItem(amber)));
        as(FBI_DRAFTER)
                .queryParam("tlp", "AMBER+STRICT")
                .get("/api/v1/advisories")
                .then()
                .statusCode(200);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?tlp=PINK")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("tlp"));
        as(FBI_DRAFTER).get("/api/v1/advisories?status=LOST").then().statusCode(400);
    }

    @Test
    void shouldFilterByCoauthorInTheWorkingCopyAndInWhatOthersRead() {
        String id = Advisories.publishedAt("Co-author filter", "GREEN", List.of(), "coauthor-filter.example.org");
        String mine = create(org.advisoryhub.support.Officials.TREASURY_DRAFTER, "Treasury alone", List.of());
        // The co-authors read the working copy; Treasury reads the published revision.
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?coauthor=test-nis&limit=500")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.coauthors", everyItem(hasItem("test-nis")));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?coauthor=test-treasury&limit=500")
                .then()
                .body("items.id", not(hasItem(id)));
        as(org.advisoryhub.support.Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories?coauthor=test-nis&limit=500")
                .then()
                .body("items.id", hasItem(id))
                .body("items.id", not(hasItem(mine)));
        as(org.advisoryhub.support.Officials.TREASURY_DRAFTER)
                .get("/api/v1/advisories?coauthor=test-treasury&limit=500")
                .then()
                .body("items.id", hasItem(mine))
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldPageWithAStableCursor() {
        for (int i = 0; i < 5; i++) {
            create(FBI_DRAFTER, "Paging " + i, List.of());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var response = as(FBI_DRAFTER)
                    .queryParam("limit", 3)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/advisories")
                    .then()
                    .statusCode(200)
                    .extract();
            List<String> ids = response.path("items.id");
            for (String id : ids) {
                org.assertj.core.api.Assertions.assertThat(seen.add(id))
                        .as("no duplicates across pages")
                        .isTrue();
            }
            cursor = response.path("next");
            pages++;
        } while (cursor != null && pages < 100);
        org.assertj.core.api.Assertions.assertThat(seen.size()).isGreaterThanOrEqualTo(13);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?cursor=not-a-cursor")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        as(FBI_DRAFTER).get("/api/v1/advisories?limit=0").then().statusCode(400);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories?q=zzzznothingmatcheszzzz")
                .then()
                .body("items", hasSize(0))
                .body("next", nullValue());
    }
}
