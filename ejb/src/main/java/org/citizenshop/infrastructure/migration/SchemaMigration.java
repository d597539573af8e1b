package org.citizenshop.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version when the application starts; a failed migration fails
 * the deployment. The persistence unit never generates schema: these scripts are the only source.
 * Demo data (the reference shops of catalogue.md) is a separate location that production switches off.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATASOURCE = "java:jboss/datasources/CitizenShopDS";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "citizenshop.demo-data", defaultValue = "true")
    boolean demoData;

    /**
     * Flyway for the application's migrations: the SQL scripts in the given locations, and the Java
     * migrations, which are named here rather than found by scanning the class path (the scan of an
     * EAR's virtual file system is not one to rely on). The tests migrate their databases with it too.
     */
    public static FluentConfiguration configure(DataSource dataSource, String... locations) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .javaMigrations(
                        new V21__CaseNumberSequences(),
                        new V26__TicketIdentifiers(),
                        new V28__PriorityCallOrderIndex(),
                        new V31__CaseTaskOutbox(),
                        new V32__CaseIdentifiers());
    }

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result =
                configure(dataSource, locations.toArray(String[]::new)).load().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied, demo data " + (demoData ? "on" : "off") + ")");
    }
}
