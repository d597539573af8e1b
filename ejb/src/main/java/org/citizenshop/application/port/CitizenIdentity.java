package org.citizenshop.application.port;

import java.util.Optional;

/**
 * Who the logged-in citizen is: the civil ID number his identity provider vouches for (the
 * {@code civil_id} claim of his login, which stands for the Chave Móvel Digital's password plus
 * one-time code). Empty for staff, devices, and anyone not logged in as a citizen.
 */
public interface CitizenIdentity {

    Optional<String> civilIdOfCaller();
}
