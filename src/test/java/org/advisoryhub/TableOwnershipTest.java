package org.advisoryhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE's "each table has one owner", read from the sources: SQL that names a table appears only in a repository of
 * the feature owning that table. Another feature joins an owner's rows only through the owner's read-contract views
 * (V14), and only to read them.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/advisoryhub");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Every table and the feature that owns it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("advisory", "advisory"),
            Map.entry("advisory_coauthor", "advisory"),
            Map.entry("advisory_number", "advisory"),
            Map.entry("advisory_approval", "signoff"),
            Map.entry("advisory_comment", "signoff"),
            Map.entry("advisory_import", "importer"),
            Map.entry("advisory_intake", "intake"),
            Map.entry("advisory_revision", "revision"),
            Map.entry("revision_indicator", "revision"),
            Map.entry("published_indicator", "revision"),
            Map.entry("indicator_change", "indicator"),
            Map.entry("api_key", "partner"),
            Map.entry("audit_chain", "audit"),
            Map.entry("audit_event", "audit"),
            Map.entry("pull_log", "audit"),
            Map.entry("indicator", "indicator"),
            Map.entry("official", "official"),
            Map.entry("official_preference", "official"),
            Map.entry("organization", "organization"),
            Map.entry("sighting_hidden", "sighting"),
            Map.entry("stix_id_key", "distribution"),
            Map.entry("stix_object", "distribution"),
            Map.entry("taxii_clock", "distribution"),
            Map.entry("taxii_status", "distribution"),
            Map.entry("taxii_collection", "collection"),
            Map.entry("threat_actor", "actor"),
            Map.entry("console_secret", "console"),
            Map.entry("webhook_delivery", "webhook"),
            Map.entry("webhook_subscription", "webhook"));

    /** The read contracts: views any feature may read, never write. */
    private static final Set<String> VIEWS = Set.of("advisory_state", "working_indicator", "changed_indicator");

    private static final Pattern STRING =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL = Pattern.compile("\\b(select|insert|update|delete)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE =
            Pattern.compile("\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("create table (?:if not exists )?([a-z_]+)");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.forEach(f -> create.matcher(read(f)).results().forEach(m -> created.add(m.group(1))));
        }
        assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void sqlNamesOnlyTheOwnFeaturesTablesAndTheReadContracts() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> check(f, violations));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesViolations() {
        List<String> violations = new ArrayList<>();
        check(
                "feed",
                "FeedService",
                "String q = \"select * from advisory_revision r join advisory_state a on true\";",
                violations);
        check(
                "revision",
                "RevisionRepository",
                "String q = \"\"\"\n update advisory_state set status = 'X'\"\"\";",
                violations);
        assertThat(violations)
                .containsExactly(
                        "feed/FeedService: SQL outside a repository",
                        "feed/FeedService: reads advisory_revision of revision",
                        "revision/RevisionRepository: writes the read contract advisory_state");
    }

    private static void check(Path file, List<String> violations) {
        String relative = MAIN.relativize(file).toString();
        String feature = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        String name = file.getFileName().toString().replace(".java", "");
        check(feature, name, read(file), violations);
    }

    private static void check(String feature, String className, String source, List<String> violations) {
        String where = feature + "/" + className;
        Matcher strings = STRING.matcher(source);
        boolean reported = false;
        while (strings.find()) {
            String text = strings.group(1) != null ? strings.group(1) : strings.group(2);
            if (!SQL.matcher(text).find()) {
                continue;
            }
            Set<String> read = tables(READ, text);
            Set<String> written = tables(WRITE, text);
            if (read.isEmpty() && written.isEmpty()) {
                continue;
            }
            if (!className.endsWith("Repository") && !reported) {
                violations.add(where + ": SQL outside a repository");
                reported = true;
            }
            for (String table : written) {
                if (VIEWS.contains(table)) {
                    violations.add(where + ": writes the read contract " + table);
                } else if (!feature.equals(OWNERS.get(table))) {
                    violations.add(where + ": writes " + table + " of " + OWNERS.get(table));
                }
            }
            for (String table : read) {
                if (!VIEWS.contains(table) && !feature.equals(OWNERS.get(table))) {
                    violations.add(where + ": reads " + table + " of " + OWNERS.get(table));
                }
            }
        }
    }

    /** Names after the keywords that are tables or views (not functions, subqueries or column aliases). */
    private static Set<String> tables(Pattern keyword, String sql) {
        Set<String> out = new TreeSet<>();
        Matcher m = keyword.matcher(sql);
        while (m.find()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (OWNERS.containsKey(name) || VIEWS.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
