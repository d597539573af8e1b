package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.citizenshop.application.CitizenLogin;
import org.citizenshop.application.port.CitizenIdentity;

/** The civil ID number of the caller's login, as the web layer read it from his verified token. */
@ApplicationScoped
public class LoggedInCitizen implements CitizenIdentity {

    @Inject
    Principal caller;

    @Override
    public Optional<String> civilIdOfCaller() {
        return caller == null ? Optional.empty() : CitizenLogin.of(caller.getName());
    }
}
