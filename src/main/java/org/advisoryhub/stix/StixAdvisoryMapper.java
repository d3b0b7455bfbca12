package org.advisoryhub.stix;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.advisory.Reference;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.advisory.Translation;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKeys;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.indicator.dto.Provenance;
import org.advisoryhub.organization.OrganizationKind;

/**
 * Maps one revision to STIX 2.1 objects. Objects the advisory owns come out without {@code created} and
 * {@code modified}: {@link StixHistory} stamps them by comparing revisions. Shared objects (identities,
 * markings, extension definitions) come out complete.
 */
final class StixAdvisoryMapper {

    /**
     * The objects of one revision: shared ones, owned ones, then the report and its translations, each both as a
     * {@code language-content} (the STIX way) and as a {@code note} with {@code lang} on the report (what MISP and
     * OpenCTI import; they drop language-content). Observables (SCOs) have no versions: they are published once.
     */
    record Mapped(
            List<ObjectNode> shared,
            List<ObjectNode> observables,
            List<ObjectNode> owned,
            ObjectNode report,
            List<ObjectNode> translations,
            List<ObjectNode> notes) {}

    /** Above this many indicators, both cores map them: a large first publication maps 100,000. */
    private static final int PARALLEL_FROM = 2_000;

    private StixAdvisoryMapper() {}

    static Mapped map(AdvisorySnapshot s) {
        String author = identityId(s.ownerOrganization());
        String marking = TlpMarkings.id(s.content().tlp());
        List<ObjectNode> shared = new ArrayList<>();
        List<ObjectNode> owned = new ArrayList<>();
        shared.add(HubObjects.identity());
        shared.add(TlpMarkings.extensionDefinition());
        shared.add(TlpMarkings.extensionAuthor());
        shared.add(TlpMarkings.marking(s.content().tlp()));
        Set<String> orgs = new LinkedHashSet<>();
        orgs.add(s.ownerOrganization());
        orgs.addAll(s.content().coauthors());
        orgs.forEach(id -> shared.add(identity(s.organizations().get(id))));
        for (String coauthor : orgs) {
            if (!coauthor.equals(s.ownerOrganization())) {
                owned.add(relationship(
                        s,
                        author,
                        "related-to",
                        identityId(coauthor),
                        author,
                        marking,
                        "Co-author of joint advisory " + s.publicId()));
            }
        }
        List<String> actorIds = actors(s, shared);
        if (s.indicators().stream().anyMatch(i -> i.kind() == IndicatorKind.CRYPTO_ADDRESS)) {
            shared.add(HubObjects.walletExtension());
            shared.add(HubObjects.walletObservableExtension());
        }
        if (s.indicators().stream().anyMatch(i -> i.kind() == IndicatorKind.PHONE)) {
            shared.add(HubObjects.phoneObservableExtension());
        }
        if (s.indicators().stream().anyMatch(i -> !aliases(i).isEmpty())) {
            shared.add(HubObjects.personaExtension());
        }
        Map<String, ObjectNode> observables = new LinkedHashMap<>();
        for (IndicatorObjects objects : indicatorObjects(s, author, marking, actorIds)) {
            owned.addAll(objects.owned());
            if (objects.observable() != null) {
                observables.putIfAbsent(objects.observable().get("id").asText(), objects.observable());
            }
        }
        Set<String> refs = new LinkedHashSet<>();
        orgs.forEach(o -> refs.add(identityId(o)));
        refs.addAll(observables.keySet());
        owned.forEach(o -> refs.add(o.get("id").asText()));
        ObjectNode report = report(s, author, marking, List.copyOf(refs));
        return new Mapped(
                shared,
                List.copyOf(observables.values()),
                owned,
                report,
                translations(s, report, marking),
                notes(s, report, marking));
    }

    /** The objects of one indicator: its indicator (or vulnerability) and relationships, and its observable if any. */
    private record IndicatorObjects(List<ObjectNode> owned, ObjectNode observable) {}

    /** Each indicator's objects, in the order of the indicators; each is mapped on its own, so in parallel if many. */
    private static List<IndicatorObjects> indicatorObjects(
            AdvisorySnapshot s, String author, String marking, List<String> actorIds) {
        var stream = s.indicators().size() >= PARALLEL_FROM ? s.indicators().parallelStream() : s.indicators().stream();
        Map<java.util.UUID, IndicatorResponse> byKey = s.indicators().stream().anyMatch(i -> i.persona() != null)
                ? s.indicators().stream()
                        .collect(java.util.stream.Collectors.toMap(IndicatorResponse::key, i -> i, (a, b) -> a))
                : Map.of();
        return stream.map(i -> i.kind() == IndicatorKind.PERSONA
                        ? persona(s, i, author, marking, byKey)
                        : indicatorObjects(s, i, author, marking, actorIds))
                .toList();
    }

    /**
     * A person or persona: an individual identity (STIX 2.1 §4.5) with its aliases, related to the observables of the
     * accounts it uses that the advisory carries.
     */
    private static IndicatorObjects persona(
            AdvisorySnapshot s,
            IndicatorResponse i,
            String author,
            String marking,
            Map<java.util.UUID, IndicatorResponse> byKey) {
        List<String> aliases = aliases(i);
        String description = i.description() != null
                ? i.description()
                : "Person or persona named in " + s.publicId() + ": "
                        + s.content().title();
        StixNode n = StixNode.of("identity", StixIds.of("identity", i.key().toString()))
                .str("created_by_ref", author)
                .str("name", i.value())
                .str(
                        "description",
                        aliases.isEmpty()
                                ? description
                                : description + " Also known as: " + String.join("; ", aliases) + ".")
                .str("identity_class", "individual")
                .objects("external_references", source(i))
                .list("object_marking_refs", List.of(marking));
        ObjectNode identity = n.build();
        if (!aliases.isEmpty()) {
            ObjectNode ext = identity.putObject("extensions").putObject(HubObjects.PERSONA_EXTENSION_ID);
            ext.put("extension_type", "property-extension");
            aliases.forEach(ext.putArray("aliases")::add);
        }
        List<ObjectNode> owned = new ArrayList<>();
        owned.add(identity);
        // One relationship per observable: one EVM address listed on several chains is one observable.
        Set<String> targets = new LinkedHashSet<>();
        for (String account :
                i.persona() == null ? List.<String>of() : i.persona().accounts()) {
            IndicatorResponse used = byKey.get(IndicatorKeys.of(s.publicId(), account));
            ObjectNode observable = used == null
                    ? null
                    : StixObservables.of(used, s.publicId(), s.content().tlp(), marking);
            if (observable != null && targets.add(observable.get("id").asText())) {
                owned.add(relationship(
                        s,
                        author,
                        "related-to",
                        identity.get("id").asText(),
                        observable.get("id").asText(),
                        marking,
                        "Account used by " + i.value()));
            }
        }
        return new IndicatorObjects(owned, null);
    }

    private static List<String> aliases(IndicatorResponse i) {
        return i.persona() == null ? List.of() : i.persona().aliases();
    }

    private static IndicatorObjects indicatorObjects(
            AdvisorySnapshot s, IndicatorResponse i, String author, String marking, List<String> actorIds) {
        if (i.kind() == IndicatorKind.CVE) {
            return new IndicatorObjects(List.of(vulnerability(s, i, author, marking)), null);
        }
        List<ObjectNode> owned = new ArrayList<>(2 + actorIds.size());
        ObjectNode indicator = indicator(s, i, author, marking);
        owned.add(indicator);
        String indicatorId = indicator.get("id").asText();
        ObjectNode observable = StixObservables.of(i, s.publicId(), s.content().tlp(), marking);
        owned.add(relationship(
                s, author, "based-on", indicatorId, observable.get("id").asText(), marking, null));
        for (String actor : actorIds) {
            owned.add(relationship(s, author, "indicates", indicatorId, actor, marking, null));
        }
        return new IndicatorObjects(owned, observable);
    }

    /**
     * What every indicator's objects take from the advisory besides the indicator itself: the title (default
     * descriptions), the level (markings, observable copies) and the intrusion-sets they indicate. While it stays the
     * same, an indicator's objects change only with the indicator.
     */
    static List<Object> indicatorContext(AdvisorySnapshot s) {
        return List.of(s.content().title(), s.content().tlp(), actors(s, new ArrayList<>()));
    }

    static String identityId(String organizationId) {
        return StixIds.organization(organizationId);
    }

    static String reportId(String publicId) {
        return StixIds.report(publicId);
    }

    private static ObjectNode identity(AdvisorySnapshot.Org org) {
        boolean government = org.kind() == OrganizationKind.AGENCY
                || org.kind() == OrganizationKind.WORKING_GROUP
                || org.kind() == OrganizationKind.PARTNER_GOVERNMENT;
        ObjectNode o = StixNode.of("identity", identityId(org.id()))
                .str("created_by_ref", HubObjects.IDENTITY_ID)
                .str("name", org.name())
                .str("description", org.country() == null ? null : "Country: " + org.country())
                .str("identity_class", org.kind() == OrganizationKind.WORKING_GROUP ? "group" : "organization")
                .list("sectors", government ? List.of("government") : List.of())
                .build();
        o.put("created", StixTime.format(org.createdAt()));
        o.put(
                "modified",
                StixTime.format(org.updatedAt().isBefore(org.createdAt()) ? org.createdAt() : org.updatedAt()));
        return o;
    }

    /**
     * The catalog's intrusion-set of each actor (with the state it is attributed to), shared by every advisory that
     * names it; indicators indicate those intrusion-sets.
     */
    private static List<String> actors(AdvisorySnapshot s, List<ObjectNode> shared) {
        List<String> intrusionSets = new ArrayList<>();
        for (ThreatActor named : s.content().threatActors()) {
            ActorResponse a = named.id() == null ? null : s.actors().get(named.id());
            if (a != null && !intrusionSets.contains(a.stixId())) {
                // Actors attributed to one state share its threat-actor: add each object once.
                StixActors.objects(a).stream()
                        .filter(o -> shared.stream().noneMatch(x -> x.get("id").equals(o.get("id"))))
                        .forEach(shared::add);
                intrusionSets.add(a.stixId());
            }
        }
        return intrusionSets;
    }

    private static ObjectNode indicator(AdvisorySnapshot s, IndicatorResponse i, String author, String marking) {
        StixNode n = StixNode.of("indicator", StixIds.of("indicator", i.key().toString()))
                .str("created_by_ref", author)
                .str("name", name(i))
                .str(
                        "description",
                        i.description() != null
                                ? i.description()
                                : "Indicator of " + s.publicId() + ": "
                                        + s.content().title())
                .list("indicator_types", List.of("malicious-activity"))
                .str("pattern", StixPatterns.of(i))
                .str("pattern_type", "stix")
                .str("pattern_version", "2.1")
                .str("valid_from", StixTime.format(i.validFrom()))
                .str("valid_until", i.validUntil() == null ? null : StixTime.format(i.validUntil()))
                .num("confidence", i.confidence())
                .str("lang", "en")
                .objects("external_references", source(i))
                .list("object_marking_refs", List.of(marking));
        if (i.kind() == IndicatorKind.CRYPTO_ADDRESS) {
            Chain chain = i.chain();
            Map<String, String> ext = new LinkedHashMap<>();
            ext.put("chain", chain.name());
            ext.put("chain_name", i.chainName());
            ext.put("caip2", chain.caip2());
            ext.put("asset", i.asset());
            n.extension(HubObjects.WALLET_EXTENSION_ID, ext);
        }
        return n.build();
    }

    private static ObjectNode vulnerability(AdvisorySnapshot s, IndicatorResponse i, String author, String marking) {
        List<ObjectNode> refs = new ArrayList<>();
        refs.add(StixNode.reference("cve", "https://www.cve.org/CVERecord?id=" + i.normalized(), i.normalized(), null));
        refs.addAll(source(i));
        return StixNode.of("vulnerability", StixIds.of("vulnerability", i.key().toString()))
                .str("created_by_ref", author)
                .str("name", i.normalized())
                .str("description", i.description())
                .objects("external_references", refs)
                .list("object_marking_refs", List.of(marking))
                .build();
    }

    /**
     * An indicator's sources: where the authors say it comes from, and for one taken in from outside the source object
     * itself (its id, under its creator's name) and the external references that object had.
     */
    private static List<ObjectNode> source(IndicatorResponse i) {
        List<ObjectNode> refs = new ArrayList<>();
        Provenance p = i.provenance();
        boolean cited = p != null
                && i.sourceUrl() != null
                && p.references().stream().anyMatch(r -> i.sourceUrl().equals(r.url()));
        if ((i.sourceName() != null || i.sourceUrl() != null) && !cited) {
            // STIX 2.1 §2.5: a reference names something besides its source (a URL, an id or a description).
            refs.add(StixNode.reference(
                    i.sourceName() != null ? i.sourceName() : "source",
                    i.sourceUrl(),
                    null,
                    i.sourceUrl() == null ? "The source the advisory's authors name" : null));
        }
        if (p != null) {
            if (p.objectId() != null) {
                refs.add(StixNode.reference(
                        p.createdBy() != null ? p.createdBy() : "source",
                        null,
                        p.objectId(),
                        "The STIX object this indicator was taken from"));
            }
            p.references()
                    .forEach(r ->
                            refs.add(StixNode.reference(r.sourceName(), r.url(), r.externalId(), r.description())));
        }
        return refs;
    }

    private static String name(IndicatorResponse i) {
        return switch (i.kind()) {
            case CRYPTO_ADDRESS ->
                "Crypto address ("
                        + (i.chainName() != null ? i.chainName() : i.chain().name())
                        + (i.asset() != null ? ", " + i.asset() : "") + "): " + i.value();
            case FILE_HASH ->
                i.hashAlgorithm().stixName() + (i.fileName() != null ? " of " + i.fileName() : "") + ": "
                        + i.normalized();
            case ACCOUNT -> "Account on " + i.platform() + ": " + i.value();
            case PAYMENT_ACCOUNT -> "Payment account on " + i.platform() + ": " + i.value();
            case PROFILE -> "Profile on " + i.platform() + ": " + i.value();
            case PHONE -> "Phone number: " + i.normalized();
            case PACKAGE -> "Package on " + i.platform() + ": " + i.value();
            case IPV4, IPV6 -> "IP address: " + i.normalized();
            default ->
                Character.toUpperCase(i.kind().label().charAt(0))
                        + i.kind().label().substring(1) + ": " + i.value();
        };
    }

    /** A relationship the advisory's author states (its identity id is made once per mapping, not per object). */
    private static ObjectNode relationship(
            AdvisorySnapshot s,
            String author,
            String type,
            String source,
            String target,
            String marking,
            String description) {
        return StixNode.of(
                        "relationship",
                        StixIds.of("relationship", s.publicId() + "|" + type + "|" + source + "|" + target))
                .str("created_by_ref", author)
                .str("relationship_type", type)
                .str("description", description)
                .str("source_ref", source)
                .str("target_ref", target)
                .list("object_marking_refs", List.of(marking))
                .build();
    }

    private static ObjectNode report(AdvisorySnapshot s, String author, String marking, List<String> refs) {
        List<ObjectNode> externals = new ArrayList<>();
        externals.add(StixNode.reference("advisory-hub", null, s.publicId(), "Revision " + s.revision()));
        for (Reference r : s.content().references()) {
            externals.add(
                    StixNode.reference(r.source() != null ? r.source() : host(r.url()), r.url(), null, r.title()));
        }
        String description = s.content().summary()
                + (s.content().body().isBlank() ? "" : "\n\n" + s.content().body());
        return StixNode.of("report", reportId(s.publicId()))
                .str("created_by_ref", author)
                .str("name", s.content().title())
                .str("description", description)
                .str("published", StixTime.format(s.publishedAt()))
                .list("report_types", List.of("threat-report"))
                .list("object_refs", refs)
                .str("lang", "en")
                .objects("external_references", externals)
                .list("object_marking_refs", List.of(marking))
                .build();
    }

    /** Language-content objects; their {@code object_modified} is filled in once the report is stamped. */
    private static List<ObjectNode> translations(AdvisorySnapshot s, ObjectNode report, String marking) {
        List<ObjectNode> out = new ArrayList<>();
        for (Map.Entry<String, Translation> t : s.content().translations().entrySet()) {
            ObjectNode text = JsonNodeFactory.instance.objectNode();
            text.put("name", t.getValue().title());
            String description = join(t.getValue().summary(), t.getValue().body());
            if (description != null) {
                text.put("description", description);
            }
            ObjectNode contents = JsonNodeFactory.instance.objectNode();
            contents.set(t.getKey(), text);
            ObjectNode o = StixNode.of(
                            "language-content", StixIds.of("language-content", s.publicId() + "|" + t.getKey()))
                    .str("created_by_ref", identityId(s.ownerOrganization()))
                    .str("object_ref", report.get("id").asText())
                    .list("object_marking_refs", List.of(marking))
                    .build();
            o.set("contents", contents);
            out.add(o);
        }
        return out;
    }

    /** Each translation as a note on the report: the translated title as its abstract, summary and body as content. */
    private static List<ObjectNode> notes(AdvisorySnapshot s, ObjectNode report, String marking) {
        List<ObjectNode> out = new ArrayList<>();
        for (Map.Entry<String, Translation> t : s.content().translations().entrySet()) {
            String content = join(t.getValue().summary(), t.getValue().body());
            out.add(StixNode.of("note", StixIds.of("note", s.publicId() + "|translation|" + t.getKey()))
                    .str("created_by_ref", identityId(s.ownerOrganization()))
                    .str("lang", t.getKey())
                    .str("abstract", t.getValue().title())
                    .str("content", content == null ? t.getValue().title() : content)
                    .list("object_refs", List.of(report.get("id").asText()))
                    .list("object_marking_refs", List.of(marking))
                    .build());
        }
        return out;
    }

    private static String join(String summary, String body) {
        boolean hasSummary = summary != null && !summary.isBlank();
        boolean hasBody = body != null && !body.isBlank();
        if (hasSummary && hasBody) {
            return summary + "\n\n" + body;
        }
        return hasSummary ? summary : hasBody ? body : null;
    }

    private static String host(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? "reference" : host;
        } catch (IllegalArgumentException e) {
            return "reference";
        }
    }
}
