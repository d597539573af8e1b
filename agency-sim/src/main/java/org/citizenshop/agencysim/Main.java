package org.citizenshop.agencysim;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the simulator as its own process: {@code java -jar agency-sim.jar}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    /** Expected dates and reference years follow the agencies' calendar, not the host's time zone. */
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Lisbon");

    private Main() {}

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.from(System.getenv());
        } catch (IllegalArgumentException invalid) {
            LOG.error("Cannot start the agency simulator: {}", invalid.getMessage());
            System.exit(2);
            return;
        }
        AgencySimApp app = AgencySimApp.create(Clock.system(AGENCY_ZONE), new Random(), settings)
                .start(settings.host(), settings.port());
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            LOG.info("Agency simulator stopped");
                        },
                        "agency-sim-shutdown"));
        LOG.info("Agency simulator listening on http://{}:{}", settings.host(), app.port());
    }
}
