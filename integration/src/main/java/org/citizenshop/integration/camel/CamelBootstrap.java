package org.citizenshop.integration.camel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.Config;

/**
 * Camel has no Jakarta EE integration of its own, so this startup singleton owns the one Camel
 * context: it adds every route builder that CDI knows, starts the context during deployment (a route
 * that cannot start fails the deployment) and stops it, draining in-flight exchanges, on undeploy.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CamelBootstrap {

    private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

    @Inject
    @Any
    Instance<RoutesBuilder> routeBuilders;

    @Inject
    Config config;

    private CamelContext context;
    private ProducerTemplate template;

    @PostConstruct
    void start() {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("citizen-shop");
        camel.setApplicationContextClassLoader(CamelBootstrap.class.getClassLoader());
        camel.getPropertiesComponent().addPropertiesSource(new MicroProfileConfigSource(config));
        AgencyHttp.configure(camel);
        try {
            for (RoutesBuilder builder : routeBuilders) {
                camel.addRoutes(builder);
            }
            camel.start();
        } catch (Exception e) {
            camel.stop();
            throw new IllegalStateException("The integration routes could not start", e);
        }
        context = camel;
        template = camel.createProducerTemplate();
        LOG.info(() -> "Camel context " + camel.getName() + " started with " + camel.getRoutesSize() + " routes");
    }

    @PreDestroy
    void stop() {
        if (template != null) {
            template.stop();
        }
        if (context != null) {
            context.stop();
            LOG.info("Camel context stopped");
        }
    }

    /** Sends exchanges into the routes from container threads (message listeners, services). */
    public ProducerTemplate template() {
        return template;
    }
}
