package org.citizenshop.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced: the integration tests deploy exactly what ships. */
public final class Deployments {

    public static final String WEB_MODULE = "citizen-shop-web.war";

    private Deployments() {}

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("citizenshop.ear", "../ear/target/citizen-shop.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + ": build the ear module first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The shipped EAR with test classes added to its web module, for tests that run inside the
     * server; {@code libraries} are test libraries (AssertJ, Awaitility) found by one of their classes.
     */
    public static EnterpriseArchive earWithTests(Class<?>[] testClasses, Class<?>... libraries) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        web.addAsWebInfResource("test-web-ejb-jar.xml", "ejb-jar.xml");
        for (Class<?> library : libraries) {
            web.addAsLibrary(jarOf(library));
        }
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the jar of " + type, e);
        }
    }
}
