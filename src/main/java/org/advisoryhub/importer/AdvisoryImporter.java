package org.advisoryhub.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.advisoryhub.actor.ActorService;
import org.advisoryhub.actor.dto.ActorRequest;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.HubException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.ids.Sha256;
import org.advisoryhub.common.schema.JsonSchemas;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.text.StorableText;
import org.advisoryhub.common.text.StorableTextJson;
import org.advisoryhub.importer.dto.ImportProblem;
import org.advisoryhub.importer.dto.ImportReport;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationRequest;

/**
 * Imports the advisories folder at start, idempotently: a new file becomes an advisory with its revisions,
 * a changed file a new revision, an unchanged one nothing. A broken file is reported (file, JSON path,
 * reason) and skipped; the hub starts with everything else.
 */
@ApplicationScoped
public class AdvisoryImporter {

    static final String ORGANIZATIONS_FILE = "organizations.yaml";
    static final String THREAT_ACTORS_FILE = "threat-actors.yaml";
    /** Who the catalog file's changes are recorded as in the audit trail. */
    private static final Actor IMPORT = Actor.system(AdvisoryFileApplier.IMPORT_USER, null, Set.of());

    private final HubConfig config;
    private final OrganizationService organizations;
    private final ActorService actors;
    private final AdvisoryFileApplier applier;
    private final ObjectMapper yaml = StorableTextJson.apply(new YAMLMapper());
    private final ObjectMapper json;
    private final Clock clock;
    private volatile ImportReport lastReport;

    public AdvisoryImporter(
            HubConfig config,
            OrganizationService organizations,
            ActorService actors,
            AdvisoryFileApplier applier,
            Clock clock) {
        this.actors = actors;
        this.config = config;
        this.organizations = organizations;
        this.applier = applier;
        this.json = JsonMapper.builder()
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .addModule(new JavaTimeModule())
                .build();
        this.clock = clock;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (config.advisories().importOnStart()) {
            importDirectory(Path.of(config.advisories().dir()));
        }
    }

    /** The report of the latest import, or null before the first one. */
    public ImportReport lastReport() {
        return lastReport;
    }

    public ImportReport importDirectory(Path dir) {
        List<ImportReport.FileResult> files = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            Log.infof("No advisories folder at %s; nothing to import", dir.toAbsolutePath());
            return remember(new ImportReport(clock.instant(), dir.toString(), files, problems));
        }
        Path orgs = dir.resolve(ORGANIZATIONS_FILE);
        if (Files.exists(orgs)) {
            problems.addAll(importOrganizations(orgs, label(dir, orgs)));
        }
        Path actors = dir.resolve(THREAT_ACTORS_FILE);
        if (Files.exists(actors)) {
            problems.addAll(importThreatActors(actors, label(dir, actors)));
        }
        for (Path file : advisoryFiles(dir)) {
            String name = label(dir, file);
            try {
                files.add(importAdvisory(file, name));
            } catch (ImportFailedException e) {
                problems.addAll(e.problems());
                files.add(new ImportReport.FileResult(name, null, ImportReport.Outcome.REJECTED, List.of()));
            }
        }
        // Where, not what: a reason can quote a file's (possibly restricted) values; GET /api/v1/imports/last has them.
        problems.forEach(p -> Log.warnf("Advisory import problem in %s at %s", p.file(), p.path()));
        Log.infof("Imported %d advisory files from %s (%d problems)", files.size(), dir, problems.size());
        return remember(new ImportReport(clock.instant(), dir.toString(), files, problems));
    }

    private ImportReport.FileResult importAdvisory(Path file, String name) {
        byte[] bytes = read(file, name);
        JsonNode document = parse(bytes, name);
        List<ImportProblem> schemaProblems = new ArrayList<>(numbersReadFromYaml(name, document));
        schemaProblems.addAll(schemaProblems(JsonSchemas.ADVISORY, name, document));
        if (!schemaProblems.isEmpty()) {
            throw new ImportFailedException(schemaProblems);
        }
        AdvisoryFile advisory = json.convertValue(document, AdvisoryFile.class);
        List<RevisionPlan.State> states = RevisionPlan.replay(name, advisory, json);
        ImportRecord.Applied applied = appliedState(document, advisory, states);
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> applier.apply(name, Sha256.hex(bytes), advisory, states, applied));
        } catch (ValidationFailedException e) {
            throw new ImportFailedException(e.violations().stream()
                    .map(v -> new ImportProblem(
                            name,
                            "$." + RevisionPlan.snake(v.field()),
                            (v.value() == null ? "" : v.value() + ": ") + v.message()))
                    .toList());
        } catch (HubException e) {
            throw new ImportFailedException(new ImportProblem(name, "$", e.getMessage()));
        }
    }

    static List<ImportProblem> schemaProblems(JsonSchemas schema, String name, JsonNode document) {
        return schema.validate(document).stream()
                .map(v -> new ImportProblem(name, v.path(), v.message()))
                .toList();
    }

    /** YAML reads an unquoted {@code 0x…} address as a number; say so instead of a bare type error. */
    private static List<ImportProblem> numbersReadFromYaml(String name, JsonNode document) {
        List<ImportProblem> problems = new ArrayList<>();
        JsonNode revisions = document.path("revisions");
        for (int k = 0; k < revisions.size(); k++) {
            for (String list : List.of("add", "remove")) {
                JsonNode items = revisions.get(k).path(list);
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = items.get(i).isObject() ? items.get(i).path("value") : items.get(i);
                    if (item.isNumber()) {
                        problems.add(new ImportProblem(
                                name,
                                "$.revisions[" + k + "]." + list + "[" + i + "]",
                                "YAML read this value as the number " + item.asText()
                                        + "; put indicator values such as 0x… addresses in quotes"));
                    }
                }
            }
        }
        return problems;
    }

    private List<ImportProblem> importOrganizations(Path file, String name) {
        JsonNode document;
        try {
            document = parse(read(file, name), name);
        } catch (ImportFailedException e) {
            return e.problems();
        }
        List<ImportProblem> problems = schemaProblems(JsonSchemas.ORGANIZATIONS, name, document);
        if (problems.isEmpty()) {
            OrganizationsFile orgs = json.convertValue(document, OrganizationsFile.class);
            QuarkusTransaction.requiringNew().run(() -> orgs.organizations().forEach(o -> upsert(o.request())));
        }
        return problems;
    }

    /** The catalog file: every actor is created or updated (matched by ATT&CK id, else name) in one transaction. */
    private List<ImportProblem> importThreatActors(Path file, String name) {
        JsonNode document;
        try {
            document = parse(read(file, name), name);
        } catch (ImportFailedException e) {
            return e.problems();
        }
        List<ImportProblem> problems = schemaProblems(JsonSchemas.THREAT_ACTORS, name, document);
        if (!problems.isEmpty()) {
            return problems;
        }
        ThreatActorsFile catalog = json.convertValue(document, ThreatActorsFile.class);
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> catalog.threatActors()
                            .forEach(a -> actors.upsert(
                                    new ActorRequest(
                                            a.name(), a.aliases(), a.mitreId(), a.attributedTo(), a.description()),
                                    IMPORT)));
            return List.of();
        } catch (HubException e) {
            return List.of(new ImportProblem(name, "$.threat_actors", e.getMessage()));
        }
    }

    private void upsert(OrganizationRequest request) {
        organizations.upsert(request);
    }

    /** Hashes that let a later import tell which revisions are new and whether anything changed at all. */
    private ImportRecord.Applied appliedState(
            JsonNode document, AdvisoryFile advisory, List<RevisionPlan.State> states) {
        ObjectNode top = document.deepCopy();
        top.remove(List.of("revisions", "status", "withdrawal_reason"));
        List<String> revisions = new ArrayList<>();
        document.get("revisions").forEach(r -> revisions.add(Sha256.hex(canonical(r))));
        RevisionPlan.State last = states.get(states.size() - 1);
        String effective =
                Sha256.hex(canonical(json.valueToTree(List.of(RevisionPlan.content(advisory), last.indicators()))));
        return new ImportRecord.Applied(Sha256.hex(canonical(top)), revisions, effective);
    }

    private byte[] canonical(JsonNode node) {
        try {
            return json.writeValueAsBytes(json.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(byte[] bytes, String name) {
        try {
            JsonNode node = yaml.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new ImportFailedException(new ImportProblem(name, "$", "the file is not a YAML mapping"));
            }
            List<ImportProblem> unstorable = StorableText.problems("", node).stream()
                    .map(v -> new ImportProblem(name, "$." + RevisionPlan.snake(v.field()), v.message()))
                    .toList();
            if (!unstorable.isEmpty()) {
                throw new ImportFailedException(unstorable);
            }
            return node;
        } catch (IOException e) {
            throw new ImportFailedException(
                    new ImportProblem(name, "$", "not valid YAML: " + firstLine(e.getMessage())));
        }
    }

    private static byte[] read(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportFailedException(new ImportProblem(name, "$", "cannot read the file: " + e.getMessage()));
        }
    }

    private static List<Path> advisoryFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(p -> !p.getFileName().toString().equals(ORGANIZATIONS_FILE))
                    .filter(p -> !p.getFileName().toString().equals(THREAT_ACTORS_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + dir, e);
        }
    }

    private static String label(Path dir, Path file) {
        Path parent = dir.toAbsolutePath().normalize().getFileName();
        return (parent == null ? "" : parent + "/") + file.getFileName();
    }

    private ImportReport remember(ImportReport report) {
        lastReport = report;
        return report;
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
