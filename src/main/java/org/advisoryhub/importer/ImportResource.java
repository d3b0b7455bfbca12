package org.advisoryhub.importer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.nio.file.Path;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.importer.dto.ImportReport;

/** Admins see what the last import of the advisories folder did, and can run it again. */
@jakarta.ws.rs.Path("/api/v1/imports")
@RolesAllowed(Roles.ADMIN)
public class ImportResource {

    private final AdvisoryImporter importer;
    private final HubConfig config;

    public ImportResource(AdvisoryImporter importer, HubConfig config) {
        this.importer = importer;
        this.config = config;
    }

    @GET
    @jakarta.ws.rs.Path("last")
    public ImportReport last() {
        ImportReport report = importer.lastReport();
        if (report == null) {
            throw new NotFoundException("Import report", "last");
        }
        return report;
    }

    /** Imports the advisories folder now (as at start). */
    @POST
    public ImportReport run() {
        return importer.importDirectory(Path.of(config.advisories().dir()));
    }
}
