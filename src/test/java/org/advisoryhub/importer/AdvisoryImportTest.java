package org.advisoryhub.importer;

import static org.advisoryhub.support.Officials.FBI_DRAFTER;
import static org.advisoryhub.support.Officials.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advisoryhub.importer.dto.ImportProblem;
import org.advisoryhub.importer.dto.ImportReport;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@HubTest
class AdvisoryImportTest extends OfficialsTest {

    @Inject
    AdvisoryImporter importer;

    @TempDir
    Path dir;

    private static String file(String id, String title, String revisions) {
        return """
                id: %s
                title: %s
                tlp: GREEN
                coauthors: [us-rok-wg, kr-nis]
                summary: Test advisory from a file.
                body: |
                  ## Body
                references:
                  - url: https://example.org/source
                revisions:
                %s""".formatted(id, title, revisions);
    }

    private static final String REV1 = """
              - published: '2019-01-10'
                change_note: First.
                defaults: { source_name: Test source, source_url: 'https://example.org/source' }
                add:
                  - npmjscloud.com
                  - '0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135D'
                  - { value: TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz, chain: TRON, asset: USDT }
            """;
    private static final String REV2 = """
              - published: '2019-02-10'
                change_note: Second.
                remove: [npmjscloud.com]
                add: [npmrepos.com]
            """;

    @Test
    void shouldServeTheSeededAdvisoriesWithTheirRevisions() {
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/HUB-2022-0001/revisions")
                .then()
                .statusCode(200)
                .body("items.number", equalTo(List.of(1, 2, 3)))
                .body("items.indicatorCount", equalTo(List.of(1, 4, 8)))
                .body("items.publishedAt[0]", equalTo("2022-04-14T00:00:00Z"))
                .body("items.publishedBy[0]", equalTo(AdvisoryFileApplier.IMPORT_USER))
                .body(
                        "items.reviewBy",
                        equalTo(List.of("2027-06-30T00:00:00Z", "2027-06-30T00:00:00Z", "2027-06-30T00:00:00Z")));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/HUB-2022-0001/revisions/3/indicators?limit=100")
                .then()
                .body("items.validUntil.unique()", equalTo(List.of("2027-06-30T00:00:00Z")));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/HUB-2022-0001")
                .then()
                .body("status", equalTo("PUBLISHED"))
                .body("reviewBy", equalTo("2027-06-30"))
                .body("references.size()", equalTo(5));
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/HUB-2022-0001/diff?from=2&to=3")
                .then()
                .body("added.size()", equalTo(4))
                .body("removed.size()", equalTo(0));
    }

    @Test
    void shouldImportIdempotentlyAndTurnChangesIntoRevisions() throws IOException {
        Path f = dir.resolve("HUB-2019-0901-test.yaml");
        Files.writeString(f, file("HUB-2019-0901", "File advisory", REV1));

        ImportReport first = importer.importDirectory(dir);
        assertThat(first.problems()).isEmpty();
        assertThat(first.files()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(ImportReport.Outcome.CREATED);
            assertThat(r.revisionsPublished()).containsExactly(1);
        });
        assertThat(importer.importDirectory(dir).files().get(0).outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);

        Files.writeString(f, file("HUB-2019-0901", "File advisory", REV1 + REV2));
        ImportReport appended = importer.importDirectory(dir);
        assertThat(appended.files().get(0).outcome()).isEqualTo(ImportReport.Outcome.UPDATED);
        assertThat(appended.files().get(0).revisionsPublished()).containsExactly(2);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/HUB-2019-0901/diff?from=1&to=2")
                .then()
                .body("added.normalized", equalTo(List.of("npmrepos.com")))
                .body("removed.normalized", equalTo(List.of("npmjscloud.com")));

        Files.writeString(f, "# a comment only\n" + file("HUB-2019-0901", "File advisory", REV1 + REV2));
        ImportReport comment = importer.importDirectory(dir);
        assertThat(comment.files().get(0).outcome()).isEqualTo(ImportReport.Outcome.UPDATED);
        assertThat(comment.files().get(0).revisionsPublished()).isEmpty();

        Files.writeString(f, file("HUB-2019-0901", "File advisory, retitled", REV1 + REV2));
        ImportReport retitled = importer.importDirectory(dir);
        assertThat(retitled.files().get(0).revisionsPublished()).containsExactly(3);
        as(FBI_DRAFTER)
                .get("/api/v1/advisories/HUB-2019-0901/revisions/3")
                .then()
                .body("content.title", equalTo("File advisory, retitled"))
                .body("changeNote", org.hamcrest.Matchers.startsWith("Updated from"));
    }

    @Test
    void shouldReportBrokenFilesAndStillImportTheRest() throws IOException {
        Files.writeString(dir.resolve("HUB-2019-0902-good.yaml"), file("HUB-2019-0902", "Good", REV1));
        Files.writeString(
                dir.resolve("HUB-2019-0903-schema.yaml"),
                file("HUB-2019-0903", "Bad TLP", REV1).replace("tlp: GREEN", "tlp: PINK"));
        Files.writeString(
                dir.resolve("HUB-2019-0904-indicator.yaml"),
                file(
                        "HUB-2019-0904",
                        "Bad indicator",
                        REV1.replace(
                                "0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135D",
                                "0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135d")));
        Files.writeString(
                dir.resolve("HUB-2019-0905-unquoted.yaml"),
                file(
                        "HUB-2019-0905",
                        "Unquoted hex",
                        REV1.replace(
                                "'0x51E9d833Ecae4E8D9D8Be17300AEE6D3398C135D'",
                                "0x51e9d833ecae4e8d9d8be17300aee6d3398c135d")));
        Files.writeString(
                dir.resolve("HUB-2019-0906-org.yaml"),
                file("HUB-2019-0906", "Unknown org", REV1)
                        .replace("[us-rok-wg, kr-nis]", "[us-rok-wg, no-such-agency]"));
        Files.writeString(dir.resolve("HUB-2019-0907-yaml.yaml"), "id: [unclosed\n");

        ImportReport report = importer.importDirectory(dir);
        String d = dir.getFileName() + "/";
        assertThat(report.problems())
                .extracting(ImportProblem::file, ImportProblem::path)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0903-schema.yaml", "$.tlp"),
                        org.assertj.core.groups.Tuple.tuple(
                                d + "HUB-2019-0904-indicator.yaml", "$.revisions[0].add[1]"),
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0905-unquoted.yaml", "$.revisions[0].add[1]"),
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0906-org.yaml", "$.coauthors[1]"),
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0907-yaml.yaml", "$"));
        assertThat(report.problems())
                .filteredOn(p -> p.file().endsWith("0904-indicator.yaml"))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("EIP-55"));
        assertThat(report.problems())
                .filteredOn(p -> p.file().endsWith("0905-unquoted.yaml"))
                .anySatisfy(p -> assertThat(p.reason()).contains("quotes"));
        assertThat(report.files())
                .filteredOn(r -> r.outcome() == ImportReport.Outcome.CREATED)
                .extracting(ImportReport.FileResult::advisoryId)
                .containsExactly("HUB-2019-0902");
        as(FBI_DRAFTER).get("/api/v1/advisories/HUB-2019-0906").then().statusCode(404);
        as(FBI_DRAFTER).get("/api/v1/advisories/HUB-2019-0902").then().statusCode(200);
    }

    @Test
    void shouldRunThePublishingRulesOfTheApiAndRefuseUnstorableText() throws IOException {
        Files.writeString(
                dir.resolve("HUB-2019-0911-strict.yaml"),
                file("HUB-2019-0911", "Strict without recipients", REV1).replace("tlp: GREEN", "tlp: AMBER+STRICT"));
        Files.writeString(
                dir.resolve("HUB-2019-0912-red.yaml"),
                file("HUB-2019-0912", "Red without recipients", REV1).replace("tlp: GREEN", "tlp: RED"));
        Files.writeString(
                dir.resolve("HUB-2019-0913-red-ok.yaml"),
                file("HUB-2019-0913", "Red to recipients", REV1)
                        .replace("tlp: GREEN", "tlp: RED\nrecipients: [kr-nis]"));
        Files.writeString(dir.resolve("HUB-2019-0914-nul.yaml"), file("HUB-2019-0914", "\"Nul \\0 title\"", REV1));
        Files.writeString(
                dir.resolve("HUB-2019-0915-twice.yaml"),
                file("HUB-2019-0915", "Twice", REV1).replace("tlp: GREEN", "tlp: GREEN\ntlp: CLEAR"));
        Files.writeString(
                dir.resolve("HUB-2019-0916-no-date.yaml"),
                file("HUB-2019-0916", "No such date", REV1)
                        .replace("tlp: GREEN", "tlp: GREEN\nreview_by: '2027-02-30'"));
        Files.writeString(
                dir.resolve("HUB-2019-0918-actor.yaml"),
                file("HUB-2019-0918", "Unknown actor", REV1)
                        .replace(
                                "tlp: GREEN",
                                "tlp: GREEN\nthreat_actors:\n- name: Lazarus Group\n- name: Nobody Known"));
        Files.writeString(
                dir.resolve("HUB-2019-0917-passed.yaml"),
                file("HUB-2019-0917", "Review before publication", REV1)
                        .replace("tlp: GREEN", "tlp: GREEN\nreview_by: '2019-01-01'"));

        ImportReport report = importer.importDirectory(dir);
        String d = dir.getFileName() + "/";
        assertThat(report.problems())
                .extracting(ImportProblem::file, ImportProblem::path)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0911-strict.yaml", "$.recipients"),
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0912-red.yaml", "$.recipients"),
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0914-nul.yaml", "$.title"),
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0916-no-date.yaml", "$.review_by"),
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0917-passed.yaml", "$.review_by"),
                        org.assertj.core.groups.Tuple.tuple(d + "HUB-2019-0918-actor.yaml", "$.threat_actors[1]"));
        assertThat(report.problems())
                .filteredOn(p -> p.file().endsWith("0915-twice.yaml"))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("Duplicate field 'tlp'"));
        assertThat(report.files())
                .filteredOn(r -> r.outcome() == ImportReport.Outcome.CREATED)
                .extracting(ImportReport.FileResult::advisoryId)
                .containsExactly("HUB-2019-0913");
        for (String refused : new String[] {
            "HUB-2019-0911",
            "HUB-2019-0912",
            "HUB-2019-0914",
            "HUB-2019-0915",
            "HUB-2019-0916",
            "HUB-2019-0917",
            "HUB-2019-0918"
        }) {
            as(FBI_DRAFTER).get("/api/v1/advisories/" + refused).then().statusCode(404);
        }
    }

    @Test
    void shouldRefuseToTakeOverAnAdvisoryCreatedInTheHub() throws IOException {
        String id = org.advisoryhub.support.Advisories.create(FBI_DRAFTER, "Made in the hub", List.of());
        Files.writeString(dir.resolve(id + "-clash.yaml"), file(id, "From a file", REV1));
        ImportReport report = importer.importDirectory(dir);
        assertThat(report.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("was not created from a file"));
        as(FBI_DRAFTER).get("/api/v1/advisories/" + id).then().body("title", equalTo("Made in the hub"));
    }
}
