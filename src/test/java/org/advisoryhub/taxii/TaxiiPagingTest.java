package org.advisoryhub.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.advisoryhub.support.Partners;
import org.junit.jupiter.api.Test;

/** Paging through a burst of objects published in one transaction, by next and by added_after. */
@HubTest
class TaxiiPagingTest extends OfficialsTest {

    private static final int BURST = 5000;

    @Test
    void shouldPageABurstWithoutLossOrDuplicatesByNextAndByAddedAfter() {
        Partners.partner("test-paging-gov", "PARTNER_GOVERNMENT");
        Partners.Key key = Partners.key("test-paging-gov", List.of("partner-governments"), "AMBER_STRICT");
        String before = Taxii.timestamp(Instant.now());
        String text = IntStream.range(0, BURST)
                .mapToObj(i -> "burst" + i + ".example.net")
                .collect(Collectors.joining("\n"));
        Advisories.publishedAt("Burst", "GREEN", List.of(), text);

        List<String> byNext = new ArrayList<>();
        Set<String> dateAdded = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            var request = key.taxii()
                    .queryParam("match[type]", "indicator")
                    .queryParam("limit", 700)
                    .queryParam("added_after", before);
            if (next != null) {
                request.queryParam("next", next);
            }
            ExtractableResponse<Response> page = request.get("/taxii2/api/collections/partner-governments/objects/")
                    .then()
                    .statusCode(200)
                    .extract();
            List<String> ids = page.path("objects.id");
            byNext.addAll(ids);
            dateAdded.add(page.header(Taxii.DATE_ADDED_FIRST));
            next = page.path("next");
            assertThat(page.<Boolean>path("more")).isEqualTo(next != null);
            pages++;
        } while (next != null && pages < 50);
        assertThat(byNext).hasSize(BURST).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((BURST + 699) / 700);
        assertThat(dateAdded).hasSize(pages);

        List<String> byAddedAfter = new ArrayList<>();
        String after = before;
        boolean more = true;
        for (int i = 0; more && i < 50; i++) {
            ExtractableResponse<Response> page = key.taxii()
                    .queryParam("match[type]", "indicator")
                    .queryParam("limit", 1000)
                    .queryParam("added_after", after)
                    .get("/taxii2/api/collections/partner-governments/manifest/")
                    .then()
                    .statusCode(200)
                    .extract();
            List<String> ids = page.path("objects.id");
            byAddedAfter.addAll(ids);
            more = page.path("more");
            after = page.header(Taxii.DATE_ADDED_LAST);
        }
        assertThat(byAddedAfter).hasSize(BURST).doesNotHaveDuplicates().containsExactlyElementsOf(byNext);

        // added_after is strict: the last date_added returns nothing more.
        key.taxii()
                .queryParam("added_after", after)
                .queryParam("match[type]", "indicator")
                .get("/taxii2/api/collections/partner-governments/objects/")
                .then()
                .statusCode(200)
                .header(Taxii.DATE_ADDED_LAST, after)
                .body("$", org.hamcrest.Matchers.anEmptyMap());
    }

    @Test
    void shouldRejectANextValueOfAnotherKeyOrFilter() {
        Partners.partner("test-cursor-a", "VASP");
        Partners.partner("test-cursor-b", "VASP");
        Partners.Key a = Partners.key("test-cursor-a", List.of("public"), "CLEAR");
        Partners.Key b = Partners.key("test-cursor-b", List.of("public"), "CLEAR");
        String next = a.taxii()
                .queryParam("limit", 2)
                .get("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(200)
                .extract()
                .path("next");
        a.taxii()
                .queryParam("limit", 2)
                .queryParam("next", next)
                .get("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(200);
        b.taxii()
                .queryParam("limit", 2)
                .queryParam("next", next)
                .get("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(400);
        a.taxii()
                .queryParam("limit", 2)
                .queryParam("next", next)
                .queryParam("match[type]", "report")
                .get("/taxii2/api/collections/public/objects/")
                .then()
                .statusCode(400);
    }
}
