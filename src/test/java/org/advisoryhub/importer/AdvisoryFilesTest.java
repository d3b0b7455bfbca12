package org.advisoryhub.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.advisoryhub.common.schema.JsonSchemas;
import org.advisoryhub.importer.dto.ImportProblem;
import org.advisoryhub.support.KoreanStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped file in advisories/ must satisfy its schema, replay without a single invalid indicator and keep its
 * sources. (API tests run on their own fixtures; PackagedAppIT imports the shipped files and exports their STIX.)
 */
class AdvisoryFilesTest {

    private static final Path DIR = Path.of("advisories");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> advisoryFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals(AdvisoryImporter.ORGANIZATIONS_FILE))
                    .filter(p -> !p.getFileName().toString().equals(AdvisoryImporter.THREAT_ACTORS_FILE))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("advisoryFiles")
    void shouldMatchTheSchemaAndHoldOnlyValidIndicators(Path file) throws IOException {
        JsonNode document = YAML.readTree(file.toFile());
        assertThat(JsonSchemas.ADVISORY.validate(document)).isEmpty();
        AdvisoryFile advisory = JSON.convertValue(document, AdvisoryFile.class);
        List<RevisionPlan.State> states = RevisionPlan.replay(file.toString(), advisory, JSON);
        assertThat(states).isNotEmpty();
        assertThat(states.get(states.size() - 1).indicators()).isNotEmpty();
        assertThat(advisory.references()).as("every advisory keeps its sources").isNotEmpty();
        assertThat(file.getFileName().toString()).startsWith(advisory.id() + "-");
        states.forEach(s -> s.indicators()
                .forEach(i -> assertThat(i.sourceUrl())
                        .as(i.value() + " has a source")
                        .isNotNull()));
    }

    /** A US–ROK working group reads both: every shipped advisory has its full text in Korean, in the glossary's style. */
    @ParameterizedTest
    @MethodSource("advisoryFiles")
    void shouldBeCompleteInKorean(Path file) throws IOException {
        JsonNode ko = YAML.readTree(file.toFile()).path("translations").path("ko");
        for (String part : List.of("title", "summary", "body")) {
            assertThat(ko.path(part).asText("")).as(file + ": Korean " + part).containsPattern("[\\uAC00-\\uD7A3]");
        }
        String running = ko.path("summary").asText() + "\n" + ko.path("body").asText();
        assertThat(KoreanStyle.wrongTerms(ko.path("title").asText() + "\n" + running))
                .as(file.toString())
                .isEmpty();
        assertThat(KoreanStyle.firstMentionsWithoutEnglish(running))
                .as(file.toString())
                .isEmpty();
    }

    @Test
    void shouldSeeAFirstMentionWithoutItsEnglishName() {
        assertThat(KoreanStyle.firstMentionsWithoutEnglish("라자루스 그룹이 탈취했습니다. 라자루스 그룹(Lazarus Group)"))
                .hasSize(1);
        assertThat(KoreanStyle.firstMentionsWithoutEnglish("라자루스 그룹(Lazarus\n  Group)이 탈취했습니다. 라자루스 그룹은"))
                .isEmpty();
    }

    @Test
    void shouldPickEveryActorFromTheShippedCatalog() throws IOException {
        JsonNode catalog =
                YAML.readTree(DIR.resolve(AdvisoryImporter.THREAT_ACTORS_FILE).toFile());
        assertThat(JsonSchemas.THREAT_ACTORS.validate(catalog)).isEmpty();
        java.util.Set<String> known = new java.util.HashSet<>();
        catalog.get("threat_actors").forEach(a -> {
            known.add(a.get("name").asText());
            if (a.has("mitre_id")) {
                known.add(a.get("mitre_id").asText());
            }
        });
        for (Path f : advisoryFiles()) {
            YAML.readTree(f.toFile())
                    .path("threat_actors")
                    .forEach(a -> assertThat(known)
                            .as(f + " names " + a)
                            .contains(
                                    a.has("mitre_id")
                                            ? a.get("mitre_id").asText()
                                            : a.get("name").asText()));
        }
    }

    @Test
    void shouldShipAtLeastFourAdvisoriesOneWithSeveralRevisions() throws IOException {
        List<Path> files = advisoryFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        long amended = 0;
        for (Path f : files) {
            if (YAML.readTree(f.toFile()).get("revisions").size() > 1) {
                amended++;
            }
        }
        assertThat(amended).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldMatchTheOrganizationsSchema() throws IOException {
        Path file = DIR.resolve(AdvisoryImporter.ORGANIZATIONS_FILE);
        assertThat(JsonSchemas.ORGANIZATIONS.validate(YAML.readTree(file.toFile())))
                .isEmpty();
    }

    @Test
    void shouldReportSchemaViolationsWithTheirPath() throws IOException {
        JsonNode broken = YAML.readTree("""
                id: hub-1
                title: ''
                tlp: PINK
                coauthors: []
                summary: s
                body: b
                revisions:
                  - published: yesterday
                    change_note: x
                    add: [ { value: a.example, colour: red } ]
                """);
        List<ImportProblem> problems = AdvisoryImporter.schemaProblems(JsonSchemas.ADVISORY, "broken.yaml", broken);
        assertThat(problems)
                .extracting(ImportProblem::path)
                .contains("$.id", "$.title", "$.tlp", "$.coauthors", "$.revisions[0].published");
        assertThat(problems).allMatch(p -> p.file().equals("broken.yaml"));
    }
}
