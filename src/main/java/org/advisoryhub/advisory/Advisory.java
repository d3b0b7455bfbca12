package org.advisoryhub.advisory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.advisoryhub.common.error.InvalidStateTransitionException;
import org.advisoryhub.common.error.VersionMismatchException;
import org.advisoryhub.common.http.ETags;
import org.advisoryhub.common.security.Actor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A joint advisory's working copy; published revisions are frozen in {@code AdvisoryRevision}. */
@Entity
@Table(name = "advisory")
public class Advisory {

    @Id
    private UUID id;

    @Column(name = "public_id", nullable = false, unique = true)
    private String publicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdvisoryStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tlp tlp;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String body;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "threat_actors", nullable = false)
    private List<ThreatActor> threatActors;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> techniques;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refs", nullable = false)
    private List<Reference> references;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Translation> translations;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> recipients;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_coauthor", joinColumns = @JoinColumn(name = "advisory_id"))
    @Column(name = "organization_id")
    private Set<String> coauthors;

    @Column(name = "owner_org_id", nullable = false)
    private String ownerOrgId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_revision", nullable = false)
    private int publishedRevision;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "source_file")
    private String sourceFile;

    /** Officials who changed the revision in progress; they may not approve it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "working_authors", nullable = false)
    private List<String> workingAuthors;

    @Version
    private long version;

    protected Advisory() {}

    public Advisory(String publicId, AdvisoryContent content, Actor author, Instant now, String sourceFile) {
        this.id = UUID.randomUUID();
        this.publicId = publicId;
        this.status = AdvisoryStatus.DRAFT;
        this.ownerOrgId = author.organizationId();
        this.createdBy = author.username();
        this.createdAt = now;
        this.sourceFile = sourceFile;
        this.coauthors = new TreeSet<>();
        this.workingAuthors = new ArrayList<>();
        apply(content);
        touch(author, now);
        authored(author);
    }

    /** Rejects the edit when the client worked on another version than the current one. */
    public void checkVersion(Long expected) {
        if (expected != null && expected == ETags.WEAK) {
            throw VersionMismatchException.weakTag(version);
        }
        if (expected != null && expected != version) {
            throw new VersionMismatchException(expected, version);
        }
    }

    public void edit(AdvisoryContent content, Actor actor, Instant now) {
        status = AdvisoryStateMachine.next(status, AdvisoryAction.EDIT);
        apply(content);
        touch(actor, now);
        authored(actor);
    }

    /** Records that the indicator set changed: bumps the version so concurrent edits see it. */
    public void indicatorsChanged(Actor actor, Instant now) {
        AdvisoryStateMachine.next(status, AdvisoryAction.EDIT);
        touch(actor, now);
        authored(actor);
    }

    public void transition(AdvisoryAction action, Actor actor, Instant now) {
        if (action == AdvisoryAction.WITHDRAW && publishedRevision == 0) {
            throw new InvalidStateTransitionException(status.name() + " (never published)", action.verb());
        }
        if (action == AdvisoryAction.DELETE && publishedRevision > 0) {
            throw new InvalidStateTransitionException(status.name() + " (already published)", action.verb());
        }
        status = AdvisoryStateMachine.next(status, action);
        if (action == AdvisoryAction.PUBLISH) {
            publishedRevision++;
            workingAuthors = new ArrayList<>();
        }
        touch(actor, now);
    }

    public void withdraw(String reason, Actor actor, Instant now) {
        transition(AdvisoryAction.WITHDRAW, actor, now);
        withdrawnAt = now;
        withdrawnBy = actor.username();
        withdrawalReason = reason;
    }

    /** Content replaced wholesale by the importer when it brings a new revision from a file. */
    public void replaceFromFile(AdvisoryContent content, Actor actor, Instant now) {
        apply(content);
        touch(actor, now);
    }

    public AdvisoryContent content() {
        return new AdvisoryContent(
                title,
                summary,
                body,
                tlp,
                List.copyOf(new TreeSet<>(coauthors)),
                threatActors,
                techniques,
                references,
                translations,
                recipients,
                reviewBy);
    }

    /** Whether this official changed the revision in progress (and so may not approve it). */
    public boolean isAuthoredBy(String username) {
        return workingAuthors.contains(username);
    }

    private void authored(Actor actor) {
        if (!workingAuthors.contains(actor.username())) {
            workingAuthors = new ArrayList<>(workingAuthors);
            workingAuthors.add(actor.username());
        }
    }

    public boolean isCoauthoredBy(String organizationId) {
        return coauthors.contains(organizationId);
    }

    private void apply(AdvisoryContent c) {
        title = c.title();
        summary = c.summary();
        body = c.body();
        tlp = c.tlp();
        threatActors = new ArrayList<>(c.threatActors());
        techniques = new ArrayList<>(c.techniques());
        references = new ArrayList<>(c.references());
        translations = new HashMap<>(c.translations());
        recipients = new ArrayList<>(c.recipients());
        reviewBy = c.reviewBy();
        coauthors.clear();
        coauthors.addAll(c.coauthors());
    }

    private void touch(Actor actor, Instant now) {
        updatedBy = actor.username();
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public AdvisoryStatus status() {
        return status;
    }

    public Tlp tlp() {
        return tlp;
    }

    public String ownerOrgId() {
        return ownerOrgId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int publishedRevision() {
        return publishedRevision;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public String sourceFile() {
        return sourceFile;
    }

    public long version() {
        return version;
    }
}
