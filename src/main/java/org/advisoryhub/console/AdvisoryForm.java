package org.advisoryhub.console;

import jakarta.ws.rs.FormParam;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.Reference;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.advisory.Translation;
import org.advisoryhub.advisory.dto.AdvisoryResponse;

/** The new-advisory form as typed (lists as comma- or line-separated text), so it can be shown again with its problems. */
public class AdvisoryForm {

    @FormParam("title")
    public String title;

    @FormParam("summary")
    public String summary;

    @FormParam("body")
    public String body;

    @FormParam("tlp")
    public String tlp;

    @FormParam("coauthors")
    public String coauthors;

    /** Catalog actors ticked in the form (each a name, alias or ATT&CK group id; a value may hold several lines). */
    @FormParam("actors")
    public List<String> actors;

    @FormParam("techniques")
    public String techniques;

    @FormParam("references")
    public String references;

    @FormParam("titleKo")
    public String titleKo;

    @FormParam("summaryKo")
    public String summaryKo;

    @FormParam("bodyKo")
    public String bodyKo;

    @FormParam("recipients")
    public String recipients;

    @FormParam("reviewBy")
    public String reviewBy;
    /** The version the edit started from (optimistic locking); absent for a new advisory. */
    @FormParam("version")
    public Long version;

    static AdvisoryForm blank(String organizationId) {
        AdvisoryForm f = new AdvisoryForm();
        f.tlp = "GREEN";
        f.coauthors = organizationId;
        return f;
    }

    /** The form filled with an advisory's working copy, for editing. */
    static AdvisoryForm of(AdvisoryResponse a) {
        AdvisoryForm f = new AdvisoryForm();
        f.title = a.title();
        f.summary = a.summary();
        f.body = a.body();
        f.tlp = a.tlp().label();
        f.coauthors = String.join(", ", a.coauthors());
        f.actors = a.threatActors().stream().map(ThreatActor::name).toList();
        f.techniques = String.join(", ", a.techniques());
        f.references =
                String.join("\n", a.references().stream().map(Reference::url).toList());
        Translation ko = a.translations().get("ko");
        f.titleKo = ko == null ? null : ko.title();
        f.summaryKo = ko == null ? null : ko.summary();
        f.bodyKo = ko == null ? null : ko.body();
        f.recipients = a.recipients() == null ? "" : String.join(", ", a.recipients());
        f.reviewBy = a.reviewBy() == null ? null : a.reviewBy().toString();
        f.version = a.version();
        return f;
    }

    AdvisoryContent content() {
        return content(null);
    }

    /**
     * The content as typed. When editing, what the form does not show is kept from {@code current}: actors' aliases
     * and ATT&CK ids, references' titles and sources, translations other than Korean. Korean text without a Korean
     * title is kept as typed, so validation names the missing title instead of dropping the text.
     */
    AdvisoryContent content(AdvisoryResponse current) {
        Map<String, ThreatActor> actorsByName = new HashMap<>();
        Map<String, Reference> referencesByUrl = new HashMap<>();
        Map<String, Translation> translations = new TreeMap<>();
        if (current != null) {
            current.threatActors().forEach(t -> actorsByName.put(t.name(), t));
            current.references().forEach(r -> referencesByUrl.put(r.url(), r));
            translations.putAll(current.translations());
        }
        translations.remove("ko");
        if (orNull(titleKo) != null || orNull(summaryKo) != null || orNull(bodyKo) != null) {
            translations.put("ko", new Translation(text(titleKo), orNull(summaryKo), orNull(bodyKo)));
        }
        return new AdvisoryContent(
                title,
                text(summary),
                text(body),
                ConsoleForms.tlp("tlp", tlp),
                split(coauthors, ","),
                picked().stream()
                        .map(n -> actorsByName.getOrDefault(n, pick(n)))
                        .toList(),
                split(techniques, ","),
                split(references, "\\R").stream()
                        .map(u -> referencesByUrl.getOrDefault(u, new Reference(u, null, null)))
                        .toList(),
                translations,
                split(recipients, ","),
                ConsoleForms.date("reviewBy", reviewBy));
    }

    /** Whether the form has this catalog actor ticked. */
    public boolean picks(String name) {
        return picked().contains(name);
    }

    private List<String> picked() {
        return actors == null
                ? List.of()
                : actors.stream()
                        .flatMap(a -> split(a, "\\R").stream())
                        .distinct()
                        .toList();
    }

    /** A picked actor: an ATT&CK group id (G0032) or a name or alias from the catalog. */
    private static ThreatActor pick(String line) {
        return line.matches("G\\d{4}") ? ThreatActor.named(null, line) : ThreatActor.named(line, null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> split(String text, String separator) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(separator))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
