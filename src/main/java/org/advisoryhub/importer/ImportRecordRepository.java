package org.advisoryhub.importer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ImportRecordRepository implements PanacheRepositoryBase<ImportRecord, String> {}
