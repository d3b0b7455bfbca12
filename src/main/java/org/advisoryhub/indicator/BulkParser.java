package org.advisoryhub.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.text.StorableText;
import org.advisoryhub.indicator.dto.BulkRequest;
import org.advisoryhub.indicator.dto.IndicatorInput;

/** Splits a bulk request into items, remembering where each came from (item index or text line). */
final class BulkParser {

    /** One submitted item; {@code field} is the request path of the item for error reports. */
    record Submitted(int index, Integer line, String field, IndicatorInput input) {}

    private static final Map<String, String> HEADER_ALIASES = Map.ofEntries(
            Map.entry("type", "kind"),
            Map.entry("indicator_type", "kind"),
            Map.entry("indicator", "value"),
            Map.entry("ioc", "value"),
            Map.entry("hash_alg", "hash_algorithm"),
            Map.entry("algorithm", "hash_algorithm"),
            Map.entry("filename", "file_name"),
            Map.entry("first_published", "valid_from"),
            Map.entry("first_seen", "valid_from"),
            Map.entry("notes", "description"),
            Map.entry("source_title", "source_name"),
            Map.entry("source", "source_name"));

    private static final String LINE_BREAK = "\\r?\\n|\\r";

    private BulkParser() {}

    static List<Submitted> parse(BulkRequest request) {
        if (request == null) {
            throw ValidationFailedException.of("body", "send 'items' or 'text'");
        }
        boolean hasItems = request.items() != null && !request.items().isEmpty();
        boolean hasText = request.text() != null && !request.text().isBlank();
        if (hasItems == hasText) {
            throw ValidationFailedException.of(
                    hasItems ? "text" : "items", "send either 'items' or 'text', not both or neither");
        }
        List<Submitted> out = new ArrayList<>();
        if (hasItems) {
            for (int i = 0; i < request.items().size(); i++) {
                IndicatorInput item = request.items().get(i);
                IndicatorInput input = item == null ? IndicatorInput.ofValue(null) : item;
                out.add(new Submitted(i, null, "items[" + i + "]", input.withDefaults(request.defaults())));
            }
            return out;
        }
        requireStorable(request.text());
        return isCsv(request) ? csv(request.text(), request.defaults()) : lines(request.text(), request.defaults());
    }

    /** Pasted text and CSV arrive as one string; a line PostgreSQL could not store is named by its number. */
    private static void requireStorable(String text) {
        List<Violation> problems = new ArrayList<>();
        String[] lines = text.split(LINE_BREAK, -1);
        for (int i = 0; i < lines.length; i++) {
            String problem = StorableText.problem(lines[i]);
            if (problem != null) {
                problems.add(new Violation("text", problem, i + 1, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(
                    problems.size() + " line(s) hold text that cannot be stored; nothing was saved", problems);
        }
    }

    private static boolean isCsv(BulkRequest request) {
        if (request.format() != null && !request.format().isBlank()) {
            String f = request.format().trim().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("lines")) {
                throw ValidationFailedException.of("format", "must be 'lines' or 'csv'");
            }
            return f.equals("csv");
        }
        String first = request.text().strip().lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return first.contains(",") && first.matches(".*\\b(value|indicator|ioc)\\b.*");
    }

    private static List<Submitted> lines(String text, IndicatorInput defaults) {
        List<Submitted> out = new ArrayList<>();
        String[] lines = text.split(LINE_BREAK, -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(new Submitted(
                    out.size(), i + 1, "text", IndicatorInput.ofValue(line).withDefaults(defaults)));
        }
        return out;
    }

    private static List<Submitted> csv(String text, IndicatorInput defaults) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(text);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("text", e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ValidationFailedException.of("text", "the CSV has no header row");
        }
        Map<String, Integer> columns = header(rows.get(0).fields());
        if (!columns.containsKey("value")) {
            throw ValidationFailedException.of("text", "the CSV header needs a 'value' column");
        }
        List<Submitted> out = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            IndicatorInput input = csvRow(columns, row.fields());
            out.add(new Submitted(out.size(), row.line(), "text", input.withDefaults(defaults)));
        }
        return out;
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i)
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace(' ', '_')
                    .replace('-', '_');
            columns.putIfAbsent(HEADER_ALIASES.getOrDefault(name, name), i);
        }
        return columns;
    }

    private static IndicatorInput csvRow(Map<String, Integer> columns, List<String> fields) {
        Cells c = new Cells(columns, fields);
        String kind = c.get("kind");
        String platform = c.get("platform");
        // Source lists name platform-bound kinds as github_account, npm_account, npm_package.
        if (kind != null && kind.matches("(?i)[a-z0-9]+_(account|package)") && platform == null) {
            int cut = kind.lastIndexOf('_');
            platform = kind.substring(0, cut);
            kind = kind.substring(cut + 1);
        }
        String chain = c.get("chain");
        String hashAlgorithm = c.get("hash_algorithm");
        String either = c.get("chain_or_hash_alg");
        if (either != null) {
            boolean isHash = kind != null && kind.toLowerCase(Locale.ROOT).contains("hash");
            chain = isHash ? chain : (chain == null ? either : chain);
            hashAlgorithm = isHash ? (hashAlgorithm == null ? either : hashAlgorithm) : hashAlgorithm;
        }
        String sourceName = c.get("source_name");
        String agency = c.get("source_agency");
        if (agency != null) {
            sourceName = sourceName == null ? agency : agency + ": " + sourceName;
        }
        Integer confidence = null;
        String confidenceText = c.get("confidence");
        if (confidenceText != null) {
            try {
                confidence = Integer.valueOf(confidenceText.strip());
            } catch (NumberFormatException e) {
                confidence = -1;
            }
        }
        return new IndicatorInput(
                kind,
                c.get("value"),
                chain,
                c.get("chain_name"),
                c.get("asset"),
                hashAlgorithm,
                c.get("file_name"),
                platform,
                c.get("valid_from"),
                c.get("valid_until"),
                confidence,
                c.get("description"),
                sourceName,
                c.get("source_url"),
                null);
    }

    private record Cells(Map<String, Integer> columns, List<String> fields) {
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= fields.size() || fields.get(i).isBlank()) {
                return null;
            }
            return fields.get(i).strip();
        }
    }
}
