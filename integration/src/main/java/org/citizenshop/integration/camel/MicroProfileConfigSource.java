package org.citizenshop.integration.camel;

import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.Config;

/**
 * Resolves Camel's {@code {{placeholders}}} from MicroProfile Config, so that endpoints, timeouts
 * and retry settings come from the same place as the rest of the configuration (defaults in
 * microprofile-config.properties, overridden by environment variables or system properties).
 * Camel's own MicroProfile module is not served for Camel 4.22, hence these few lines.
 */
public class MicroProfileConfigSource implements PropertiesSource {

    private final Config config;

    public MicroProfileConfigSource(Config config) {
        this.config = config;
    }

    @Override
    public String getName() {
        return "microprofile-config";
    }

    @Override
    public String getProperty(String name) {
        return config.getOptionalValue(name, String.class).orElse(null);
    }
}
