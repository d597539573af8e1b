package org.citizenshop.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.citizenshop.application.port.CitizenIdentity;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Reads the {@code civil_id} claim of the caller's OpenID Connect token (a browser login or a
 * bearer token, both verified by WildFly's elytron-oidc-client). A claim that is not a valid civil
 * ID number counts as none.
 */
@ApplicationScoped
public class OidcCitizenIdentity implements CitizenIdentity {

    static final String CLAIM = "civil_id";

    @Inject
    Principal caller;

    @Override
    public Optional<String> civilIdOfCaller() {
        if (!(caller instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            return Optional.empty();
        }
        String claim = oidc.getOidcSecurityContext().getToken().getClaimValueAsString(CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CivilIdNumber.of(claim).value());
        } catch (InvalidInputException notACivilId) {
            return Optional.empty();
        }
    }
}
