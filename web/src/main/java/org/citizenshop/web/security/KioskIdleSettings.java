package org.citizenshop.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a kiosk waits without a touch or a key before it warns, and how long the warning gives
 * to continue before everything on screen is wiped (resources/js/kiosk-idle.js reads both from the
 * kiosk page). WCAG 2.2.1 asks for at least 20 seconds to extend a time limit, so no setting goes
 * below that, nor an idle time below 30 seconds.
 */
@Named("kioskIdle")
@ApplicationScoped
public class KioskIdleSettings {

    static final int MIN_IDLE_SECONDS = 30;
    static final int MIN_WARNING_SECONDS = 20;

    @Inject
    @ConfigProperty(name = "cs.kiosk.idle-seconds", defaultValue = "90")
    int idleSeconds;

    @Inject
    @ConfigProperty(name = "cs.kiosk.warning-seconds", defaultValue = "20")
    int warningSeconds;

    public int getIdleSeconds() {
        return Math.max(MIN_IDLE_SECONDS, idleSeconds);
    }

    public int getWarningSeconds() {
        return Math.max(MIN_WARNING_SECONDS, warningSeconds);
    }
}
