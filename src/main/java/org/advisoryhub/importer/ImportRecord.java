package org.advisoryhub.importer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the importer last applied from one advisory file, so an unchanged file costs nothing. */
@Entity
@Table(name = "advisory_import")
public class ImportRecord {

    /** Hashes of the parts of a file: top-level content, each revision entry, and the resulting published state. */
    public record Applied(String content, List<String> revisions, String effective) {}

    @Id
    @Column(name = "public_id")
    private String publicId;

    @Column(name = "file_path", nullable = false)
    private String filePath;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "applied_state", nullable = false)
    private Applied applied;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportRecord() {}

    ImportRecord(String publicId) {
        this.publicId = publicId;
    }

    void record(String filePath, String contentHash, Applied applied, Instant at) {
        this.filePath = filePath;
        this.contentHash = contentHash;
        this.applied = applied;
        this.importedAt = at;
    }

    String contentHash() {
        return contentHash;
    }

    Applied applied() {
        return applied;
    }
}
